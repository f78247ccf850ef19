'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { polishPlural } from './polish-plural'

type Audience = { total: number; byChannel: Record<string, number> }

const CHANNELS: [string, string][] = [
  ['email', 'e-mail'],
  ['sms', 'SMS'],
  ['push', 'przeglądarka'],
]

/** 1 osoba, 2–4 osoby, 5 osób (12–14 osób). */
const people = (count: number): string => polishPlural(count, { one: 'osoba', few: 'osoby', many: 'osób' })

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((item) =>
    String(item && typeof item === 'object' && 'value' in item ? (item as { value: unknown }).value : item),
  )

/**
 * Under "Powiadom subskrybentów": how many residents the alert would reach, by channel, for the kind and areas
 * chosen now (asked again as the editor changes them), so the editor knows before publishing.
 */
export const AlertAudience = ({ endpoint }: { endpoint: string }) => {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const areas = useFormFields(([fields]) => fields.areas?.value)
  const notify = useFormFields(([fields]) => fields.notifySubscribers?.value)
  const query = `rodzaj=${encodeURIComponent(String(kind ?? ''))}&obszary=${idsOf(areas).join(',')}`
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
  return (
    <p className="ratusz-audience" aria-live="polite">
      {audience.total === 0
        ? 'Nikt z zapisanych na powiadomienia nie dostałby tego komunikatu.'
        : `${notify ? 'Po opublikowaniu powiadomienie dostanie' : 'Powiadomienie dostałoby'} ${audience.total} ${people(audience.total)} (${channels}).`}
    </p>
  )
}
