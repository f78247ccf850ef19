import type { Payload } from 'payload'
import { expect } from 'vitest'
import { signShownAt } from '../../../packages/payload-plugin/src/shared/residents/resident-token'
import { publicRequest } from './form-post'
import { runNotificationJobs } from './notifications'
import type { smtpInbox } from './smtp-inbox'

const SUBSCRIBE = '/api/public/powiadomienia'

/** The link of a message's text that starts with `prefix`. */
export const linkIn = (text: string, prefix: string): string => {
  const found = text
    .match(/https?:\/\/[^\s<>"]+/g)
    ?.find((link) => URL.canParse(link) && new URL(link).pathname.startsWith(prefix))
  if (!found) throw new Error(`no ${prefix} link in: ${text}`)
  return found
}

/** The signed "shown at" stamp the CMS put in a form it answered with. */
const shownAtIn = (html: string) => /name="pokazano" value="([^"]+)"/.exec(html)?.[1] ?? ''

/**
 * Residents who sign up by e-mail with the site's form fields, as people do: each from a client address of its own
 * (so the per-client limit stays out of the way), confirming from the message the SMTP server received.
 */
export const emailResidents = (payload: Payload, inbox: Awaited<ReturnType<typeof smtpInbox>>) => {
  let client = 0
  /** A client address of its own for each request. */
  const fromClient = () => ({ 'X-Forwarded-For': `10.0.${Math.floor(++client / 250)}.${client % 250}` })

  /** Sends the form as a person would: the CMS first answers with the form and a stamp, then accepts. */
  const signUp = async (fields: Record<string, string | string[]>) => {
    const headers = fromClient()
    const first = await publicRequest(payload, 'POST', SUBSCRIBE, fields, headers)
    expect(first.status).toBe(200)
    const shownAt = shownAtIn(first.text)
    expect(shownAt).not.toBe('')
    // The form was open for five seconds: the stamp says so.
    const [time, mac] = shownAt.split('.')
    expect(mac).toBeTruthy()
    const earlier = signShownAt(payload.secret, Number(time) - 5000)
    return publicRequest(payload, 'POST', SUBSCRIBE, { ...fields, pokazano: earlier }, headers)
  }

  /** Signs up for alerts (and `extra` choices) and confirms from the e-mail: the subscription is active. */
  const subscribe = async (email: string, extra: Record<string, string | string[]> = {}) => {
    const answer = await signUp({
      kanal: 'email',
      email,
      rodzaje: 'alerts',
      czestotliwosc: 'immediately',
      zgoda: 'tak',
      ...extra,
    })
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('Sprawdź skrzynkę e-mail')
    await runNotificationJobs(payload)
    const [confirmation] = inbox.to(email).slice(-1)
    expect(confirmation?.mail.subject).toMatch(/^Potwierdź zapis na powiadomienia/)
    const link = linkIn(confirmation!.mail.text ?? '', '/api/public/powiadomienia/potwierdz')
    // Following the link only shows a button (mail scanners follow links): nothing is confirmed yet.
    const page = await publicRequest(payload, 'GET', link, undefined, fromClient())
    expect(page.status).toBe(200)
    expect(page.text).toContain('Potwierdzam zapis')
    const token = new URL(link).searchParams.get('t')!
    const confirmed = await publicRequest(
      payload,
      'POST',
      `${SUBSCRIBE}/potwierdz`,
      { t: token },
      fromClient(),
    )
    expect(confirmed.status).toBe(200)
    expect(confirmed.text).toContain('Zapis potwierdzony')
  }

  return { fromClient, signUp, subscribe }
}

export type EmailResidents = ReturnType<typeof emailResidents>
