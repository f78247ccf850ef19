import { describe, expect, it } from 'vitest'
import { event } from './index'

const at = '2025-06-14T16:00:00.000Z'

const validEvent = {
  id: 7,
  title: 'Dożynki gminne',
  slug: 'dozynki-gminne',
  lead: 'Zapraszamy na dożynki.',
  body: null,
  image: null,
  allDay: null,
  start: at,
  end: '2025-06-14T19:00:00.000Z',
  start_tz: 'Europe/Warsaw',
  recurrence: {
    frequency: 'weekly',
    interval: 1,
    weekdays: ['SA'],
    until: null,
    count: 4,
    exceptions: [{ id: 'a1', date: '2025-06-21T10:00:00.000Z' }],
    rule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=4',
  },
  place: { name: 'Boisko w Dębinie', address: '  ', latitude: null, longitude: null },
  organiser: {
    kind: 'organisation',
    area: null,
    name: 'KGW Dębina',
    phone: null,
    email: null,
    website: null,
  },
  categories: [{ id: 1, name: 'Kultura i sport', slug: 'kultura-i-sport', createdAt: at, updatedAt: at }],
  areas: null,
  price: { free: true, amount: null },
  registration: { url: null, deadline: null },
  attachments: [],
  status: 'cancelled',
  statusNote: 'Odwołane z powodu burzy.',
  sequence: 2,
  _status: 'published',
  createdAt: at,
  updatedAt: at,
}

describe('event contract', () => {
  it('accepts a published event as the REST API gives it, filling empty lists and flags', () => {
    const parsed = event.parse(validEvent)
    expect(parsed.allDay).toBe(false)
    expect(parsed.areas).toEqual([])
    expect(parsed.place.address).toBeNull()
    expect(parsed.recurrence?.exceptions[0]?.date).toBe('2025-06-21T10:00:00.000Z')
    expect(parsed.sequence).toBe(2)
  })

  it('names the field that breaks the contract', () => {
    const result = event.safeParse({ ...validEvent, status: 'maybe', place: { name: '' } })
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['status', 'place.name']))
  })
})
