import ical, { type VEvent } from 'node-ical'
import { describe, expect, inject, it } from 'vitest'
import { cmsApi } from './support/cms-api'
import { readFeed } from './support/feeds'

type PublishedEvent = {
  id: number
  categories: { slug: string; name: string }[]
  areas: { slug: string }[]
  organiser?: { kind: string; area?: { slug: string } | null } | null
}

const calendar = async (url: string) => {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/text\/calendar/)
  const text = await response.text()
  const events = Object.values(ical.sync.parseICS(text)).filter((item) => item?.type === 'VEVENT') as VEvent[]
  return { text, events }
}

const link = (event: VEvent) => {
  const url = event.url as unknown as string | { val: string }
  return typeof url === 'string' ? url : url.val
}

describe('event feeds and calendars', () => {
  const siteUrl = inject('siteUrl')

  it('serves every published event in /wydarzenia/kalendarz.ics with the Warsaw time zone and stable UIDs', async () => {
    const { text, events } = await calendar(`${siteUrl}/wydarzenia/kalendarz.ics`)
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('TZID:Europe/Warsaw')
    expect(events.length).toBeGreaterThanOrEqual(40)
    const host = new URL(siteUrl).hostname
    for (const event of events)
      expect(event.uid).toMatch(new RegExp(`^event-\\d+@${host.replace(/\./g, '\\.')}$`))
    expect(events.filter((event) => event.rrule).length).toBeGreaterThanOrEqual(4)
    expect(events.some((event) => String(event.summary).includes('Szkic'))).toBe(false)
  })

  it('shows a cancelled event as cancelled on its page, in its .ics and in the month calendar', async () => {
    const { events } = await calendar(`${siteUrl}/wydarzenia/kalendarz.ics`)
    const cancelled = events.find((event) => event.status === 'CANCELLED')!
    expect(cancelled).toBeDefined()
    const pageUrl = link(cancelled)
    const html = await (await fetch(pageUrl)).text()
    expect(html).toContain('Wydarzenie odwołane')

    const own = await calendar(pageUrl.replace(/\/$/, '.ics'))
    expect(own.events).toHaveLength(1)
    expect(own.events[0]!.status).toBe('CANCELLED')
    expect(own.events[0]!.uid).toBe(cancelled.uid)

    const start = new Date(cancelled.start)
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Warsaw',
      year: 'numeric',
      month: '2-digit',
    })
      .format(start)
      .replace('-', '/')
    const calendarHtml = await (await fetch(`${siteUrl}/wydarzenia/${month}/`)).text()
    expect(calendarHtml).toContain('(odwołane)')
  })

  it('has one .ics per category and per area holding exactly their events', async () => {
    const page = await (await fetch(`${siteUrl}/wydarzenia/`)).text()
    const category = page.match(/href="\/wydarzenia\/kategoria\/([a-z0-9-]+)\/"/)![1]!
    const area = page.match(/href="\/wydarzenia\/obszar\/([a-z0-9-]+)\/"/)![1]!
    // What the CMS publishes, as the site reads it: an event belongs to an area when tagged with it or
    // organised by it.
    const published = (await cmsApi('/events?pagination=false&depth=1')).body.docs as PublishedEvent[]
    const host = new URL(siteUrl).hostname
    const uidsOf = (events: PublishedEvent[]) => events.map((event) => `event-${event.id}@${host}`).sort()
    const expected = {
      [`kategoria/${category}`]: uidsOf(
        published.filter((event) => event.categories.some((c) => c.slug === category)),
      ),
      [`obszar/${area}`]: uidsOf(
        published.filter(
          (event) =>
            event.areas.some((a) => a.slug === area) ||
            (event.organiser?.kind === 'area' && event.organiser.area?.slug === area),
        ),
      ),
    }
    for (const [path, uids] of Object.entries(expected)) {
      const { events } = await calendar(`${siteUrl}/wydarzenia/${path}/kalendarz.ics`)
      expect(uids.length, path).toBeGreaterThan(0)
      expect(events.map((event) => event.uid).sort(), path).toEqual(uids)
      const listing = await (await fetch(`${siteUrl}/wydarzenia/${path}/`)).text()
      expect(listing).toContain(`/wydarzenia/${path}/kalendarz.ics`)
    }
    const categoryName = published.flatMap((event) => event.categories).find((c) => c.slug === category)!.name
    const { events } = await calendar(`${siteUrl}/wydarzenia/kategoria/${category}/kalendarz.ics`)
    for (const event of events) expect(event.categories, String(event.summary)).toContain(categoryName)
  })

  it('lists upcoming events in /wydarzenia/rss.xml, readable by an RSS parser', async () => {
    const { feed } = await readFeed(`${siteUrl}/wydarzenia/rss.xml`)
    expect(feed.items.length).toBeGreaterThan(5)
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${siteUrl}/wydarzenia/[a-z0-9-]+/$`))
      expect(item.guid).toMatch(/^tag:.+,2025:events\/\d+$/)
    }
    expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length)
  })

  it('tells the publishing pipeline when the built site goes stale', async () => {
    const response = await fetch(`${siteUrl}/wydarzenia/nastepna-zmiana.json`)
    const body = (await response.json()) as { staleAt: string | null; builtAt: string }
    expect(body.staleAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(Date.parse(body.staleAt!)).toBeGreaterThan(Date.parse(body.builtAt))
  })
})
