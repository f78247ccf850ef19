import {
  EMPTY_SUBSCRIPTION,
  SUBSCRIPTION_CONSENT_VERSION,
  SUBSCRIPTIONS_PATH,
  subscribeFormHtml,
  subscriptionConsent,
} from '@ratusz/resident-forms'
import { loadSettings } from '../common/settings'
import { loadAreas, loadCategories } from '../common/taxonomies'
import { loadRecords } from '../store/records'
import { notificationChannelOn } from '../store/sections'

/**
 * How long the CMS keeps unconfirmed sign-ups and left addresses, as the consent text states them: the CMS's
 * defaults (ratusz({ notifications })); a gmina that changes them there changes them here.
 */
const RETENTION = { pendingHours: 48, erasedAfterDays: 30 }

/**
 * The sign-up form of `/powiadomienia/`: the same HTML the CMS answers with when the form comes back with an
 * error, so both always match. It posts to the CMS's public endpoint on the site's own host.
 */
export const signUpFormHtml = async (): Promise<string> => {
  const [settings, areas, categories, groups] = await Promise.all([
    loadSettings(),
    loadAreas(),
    loadCategories(),
    loadRecords('subscriptionGroups'),
  ])
  return subscribeFormHtml({
    action: SUBSCRIPTIONS_PATH,
    choices: {
      areas: areas.map((area) => ({ id: area.id, name: area.name })),
      categories: categories.map((category) => ({ id: category.id, name: category.name })),
      groups: groups.map((group) => ({ id: group.id, name: group.name, description: group.description })),
    },
    values: EMPTY_SUBSCRIPTION,
    consent: subscriptionConsent(settings, RETENTION),
    consentVersion: SUBSCRIPTION_CONSENT_VERSION,
    withSms: notificationChannelOn('sms'),
    withPush: notificationChannelOn('push'),
  }).value
}
