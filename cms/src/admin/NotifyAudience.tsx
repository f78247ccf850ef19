'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { polishPlural } from './polish-plural'
import { sampleSms, smsCostNote } from './sms-parts-note'

type Audience = {
  total: number
  byChannel: Record<string, number>
  inDigest?: number
  inDigestByChannel?: Record<string, number>
}

type Props = {
  endpoint: string
  topic?: 'alerts' | 'news' | 'events'
  /** When the CMS sends SMS: the site's address (for the links an SMS carries) and the price of one part. */
  sms?: { siteUrl: string; pricePerPart?: number | null } | null
}

const CHANNELS: [string, string][] = [
  ['email', 'e-mail'],
  ['sms', 'SMS'],
  ['push', 'przeglądarka'],
]

const NOUNS: Record<string, string> = {
  alerts: 'tego komunikatu',
  news: 'tej aktualności',
  events: 'tego wydarzenia',
}

/** 1 osoba, 2–4 osoby, 5 osób (12–14 osób). */
const people = (count: number): string => polishPlural(count, { one: 'osoba', few: 'osoby', many: 'osób' })

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((item) =>
    String(item && typeof item === 'object' && 'value' in item ? (item as { value: unknown }).value : item),
  )

/**
 * Under "Powiadom subskrybentów" of an alert, an article or an event: how many residents it would reach, by
 * channel (and for news and events how many of them in their digest), for the kind, areas and categories chosen
 * now (asked again as the editor changes them), so the editor knows before publishing.
 */
export const NotifyAudience = ({ endpoint, topic = 'alerts', sms }: Props) => {
  // What an SMS carries: an alert's short text, an article's or an event's title.
  const smsText = useFormFields(([fields]) => fields[topic === 'alerts' ? 'shortText' : 'title']?.value)
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const areas = useFormFields(([fields]) => fields.areas?.value)
  const categories = useFormFields(([fields]) => fields.categories?.value)
  const notify = useFormFields(([fields]) => fields.notifySubscribers?.value)
  const query = [
    `temat=${encodeURIComponent(topic)}`,
    ...(topic === 'alerts'
      ? [`rodzaj=${encodeURIComponent(String(kind ?? ''))}`]
      : [`kategorie=${idsOf(categories).join(',')}`]),
    `obszary=${idsOf(areas).join(',')}`,
  ].join('&')
  const [audience, setAudience] = useState<Audience | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api${endpoint}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: Audience | null) => setAudience(body))
      .catch(() => undefined)
    return () => controller.abort()
  }, [endpoint, query])
  if (!audience) return null
  const channels = CHANNELS.filter(([channel]) => audience.byChannel[channel])
    .map(([channel, name]) => `${name} ${audience.byChannel[channel]}`)
    .join(', ')
  // SMS sent at once (a digest's SMS is counted when the digest goes).
  const smsNow = (audience.byChannel.sms ?? 0) - (audience.inDigestByChannel?.sms ?? 0)
  const smsNote =
    sms && smsNow > 0
      ? smsCostNote(
          smsNow,
          sampleSms(topic, typeof smsText === 'string' ? smsText : '', sms.siteUrl),
          sms.pricePerPart,
        )
      : null
  const inDigest = audience.inDigest
    ? `; ${audience.inDigest} z nich w zestawieniu dziennym lub tygodniowym`
    : ''
  return (
    <>
      <p className="ratusz-audience" aria-live="polite">
        {audience.total === 0
          ? `Nikt z zapisanych na powiadomienia nie dostałby ${NOUNS[topic] ?? 'tego'}.`
          : `${notify ? 'Po opublikowaniu powiadomienie dostanie' : 'Powiadomienie dostałoby'} ${audience.total} ${people(audience.total)} (${channels}${inDigest}).`}
      </p>
      {smsNote ? (
        <p className="ratusz-audience-sms" aria-live="polite">
          {smsNote}
        </p>
      ) : null}
    </>
  )
}
