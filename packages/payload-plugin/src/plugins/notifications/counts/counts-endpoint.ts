import { fromWarsawDay, warsawDay, warsawMidnight } from '@ratusz/warsaw-time'
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Payload } from 'payload'
import { canUsePanel } from '../../../shared/access'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { NOTIFICATION_SLUGS } from '../slugs'
import { monthlyActivity, type MonthActivity } from './monthly-activity'
import { subscribersOn, type CountableSubscription } from './subscribers-on'
import { MONTH_NAMES } from '../../../shared/month-names'
import { namesById } from '../../../shared/names-by-id'

/** Where the admin (and the annual report) read subscriber counts. */
export const COUNTS_PATH = '/ratusz/powiadomienia/liczby'

const CHANNELS = ['email', 'sms', 'push'] as const
const CHANNEL_COLUMNS = { email: 'E-mail', sms: 'SMS', push: 'Przeglądarka' }

/** One row of the subscribers' table: a group, its subscribers by channel, official members, everyone. */
export type SubscriberRow = {
  group: string
  key: string
  email: number
  sms: number
  push: number
  official: number
  total: number
}

/** The rows of the subscribers' table on a day: each group with its channels, official members and total. */
export const subscriberTable = async (payload: Payload, day: string) => {
  // the end of the day (the next midnight in Warsaw): everyone subscribed on it counts
  const at = new Date(warsawMidnight(fromWarsawDay(day), 1).getTime() - 1)
  const [subscriptions, areas, groups] = await Promise.all([
    payload.find({
      collection: NOTIFICATION_SLUGS.subscriptions as never,
      where: { startedAt: { exists: true } },
      pagination: false,
      depth: 0,
      select: { channel: true, official: true, startedAt: true, endedAt: true, history: true } as never,
      overrideAccess: true,
    }),
    namesById(payload, COLLECTION_SLUGS.areas),
    namesById(payload, NOTIFICATION_SLUGS.groups),
  ])
  const counts = subscribersOn(subscriptions.docs as unknown as CountableSubscription[], at)
  const name = (key: string) => {
    if (key === 'everyone') return 'Razem (każdy subskrybent raz)'
    if (key === 'all') return 'Cała gmina (bez wybranej miejscowości)'
    const [kind, id] = key.split(':') as [string, string]
    return kind === 'area' ? (areas.get(id) ?? `Obszar ${id}`) : (groups.get(id) ?? `Grupa ${id}`)
  }
  const order = (key: string) => (key === 'everyone' ? 3 : key === 'all' ? 0 : key.startsWith('area') ? 1 : 2)
  return counts
    .sort((a, b) => order(a.key) - order(b.key) || name(a.key).localeCompare(name(b.key), 'pl'))
    .map((count): SubscriberRow => ({
      group: name(count.key),
      key: count.key,
      email: count.byChannel.email ?? 0,
      sms: count.byChannel.sms ?? 0,
      push: count.byChannel.push ?? 0,
      official: count.official,
      total: count.total,
    }))
}

/** A year's activity per month as CSV: sign-ups, departures, messages sent and failed. */
export const monthlyCsv = (months: MonthActivity[]): string =>
  stringify(
    months.map((month) => [
      MONTH_NAMES[month.month - 1],
      month.started,
      month.ended,
      month.sent,
      month.failed,
    ]),
    {
      delimiter: ';',
      header: true,
      columns: ['Miesiąc', 'Nowe subskrypcje', 'Wypisani (zakończone)', 'Wysłane wiadomości', 'Nieudane'],
    },
  )

/** A CSV download for a spreadsheet: UTF-8 with BOM (Excel reads Polish letters), never cached. */
const csvResponse = (csv: string, filename: string) =>
  new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })

const isDay = (value: string | null): value is string => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '')

/**
 * `GET /api/ratusz/powiadomienia/liczby?dzien=2026-12-31[&format=csv]`: subscribers per group and channel at the
 * end of a day (the annual report's table), and the year's sign-ups, departures and messages per month. For
 * signed-in staff; no personal data. CSV for a spreadsheet: semicolons, UTF-8 with BOM; `&tabela=miesiace` gives
 * the months of the day's year.
 */
export const countsEndpoint = (): Endpoint => ({
  path: COUNTS_PATH,
  method: 'get',
  handler: async (req) => {
    if (!canUsePanel({ req }))
      return Response.json({ errors: [{ message: 'Zaloguj się.' }] }, { status: 403 })
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const day = params.get('dzien') ?? warsawDay(new Date())
    if (!isDay(day))
      return Response.json(
        { errors: [{ message: 'Podaj dzień jako RRRR-MM-DD, np. 2026-12-31.' }] },
        { status: 400 },
      )
    if (params.get('format') === 'csv' && params.get('tabela') === 'miesiace') {
      const year = Number(day.slice(0, 4))
      return csvResponse(
        monthlyCsv(await monthlyActivity(req.payload, year)),
        `powiadomienia-miesiace-${year}.csv`,
      )
    }
    const rows = await subscriberTable(req.payload, day)
    if (params.get('format') === 'csv') {
      const csv = stringify(
        rows.map((row) => [
          row.group,
          ...CHANNELS.map((channel) => row[channel as keyof typeof row]),
          row.official,
          row.total,
        ]),
        {
          delimiter: ';',
          header: true,
          columns: ['Grupa', ...CHANNELS.map((c) => CHANNEL_COLUMNS[c]), 'Członkowie urzędowi', 'Razem'],
        },
      )
      return csvResponse(csv, `subskrybenci-${day}.csv`)
    }
    const months = await monthlyActivity(req.payload, Number(day.slice(0, 4)))
    return Response.json({ day, groups: rows, months }, { headers: { 'Cache-Control': 'no-store' } })
  },
})
