import { serwersmsAdapter, smsapiAdapter, smsOutboxAdapter, type SmsAdapter } from '@ratusz/payload-plugin'
import type { CmsEnv } from './env'
import { fromRepo } from './paths'

/**
 * How the CMS sends SMS (`RATUSZ_SMS_PROVIDER`): SMSAPI.pl or SerwerSMS.pl with the token (or user and
 * password) and sender name from the environment, the outbox folder (`RATUSZ_SMS_OUTBOX_DIR`, where each SMS is a text file: the default, so a
 * newcomer can follow the flow), or not at all (`off`: residents are not offered SMS).
 */
export const smsAdapter = (
  env: Pick<
    CmsEnv,
    | 'RATUSZ_SMS_PROVIDER'
    | 'RATUSZ_SMS_TOKEN'
    | 'RATUSZ_SMS_USERNAME'
    | 'RATUSZ_SMS_PASSWORD'
    | 'RATUSZ_SMS_SENDER'
    | 'RATUSZ_SMS_API_URL'
    | 'RATUSZ_SMS_OUTBOX_DIR'
  >,
): SmsAdapter | undefined => {
  const sender = env.RATUSZ_SMS_SENDER
  const apiUrl = env.RATUSZ_SMS_API_URL
  switch (env.RATUSZ_SMS_PROVIDER) {
    case 'smsapi':
      return smsapiAdapter({ token: env.RATUSZ_SMS_TOKEN!, sender, apiUrl })
    case 'serwersms':
      return serwersmsAdapter(
        env.RATUSZ_SMS_TOKEN
          ? { token: env.RATUSZ_SMS_TOKEN, sender, apiUrl }
          : { username: env.RATUSZ_SMS_USERNAME!, password: env.RATUSZ_SMS_PASSWORD!, sender, apiUrl },
      )
    case 'outbox':
      return smsOutboxAdapter(fromRepo(env.RATUSZ_SMS_OUTBOX_DIR))
    default:
      return undefined
  }
}
