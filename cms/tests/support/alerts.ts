import type { Payload } from 'payload'

type WeatherAlert = {
  title: string
  severity: 'informacja' | 'ostrzezenie'
  shortText: string
  validFrom: Date
  validUntil: Date
}

/** A published weather alert of IMGW-PIB for the whole gmina (no areas): every page's banner shows it. */
export const createWeatherAlert = async (
  payload: Payload,
  { title, severity, shortText, validFrom, validUntil }: WeatherAlert,
) =>
  (await payload.create({
    collection: 'alerts',
    data: {
      title,
      kind: 'pogoda',
      severity,
      shortText,
      areas: [],
      validFrom: validFrom.toISOString(),
      validUntil: validUntil.toISOString(),
      source: 'IMGW-PIB',
      _status: 'published',
    } as never,
  })) as unknown as { id: number; slug: string; title: string }
