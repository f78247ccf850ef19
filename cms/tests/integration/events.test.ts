import { event as eventContract } from '@ratusz/contract'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedEvents } from '../../src/seed/events'
import { unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

type Issue = { path: string; message: string }

const issues = (body: { errors?: { data?: { errors?: Issue[] } }[] }): Issue[] =>
  body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

const valid = (title: string) => ({
  title,
  lead: 'Zapraszamy mieszkańców.',
  start: '2030-06-14T16:00:00.000Z',
  end: '2030-06-14T19:00:00.000Z',
  place: { name: 'Świetlica wiejska w Dębinie', address: 'ul. Szkolna 5, Dębina' },
  organiser: { kind: 'gmina' },
  _status: 'published',
})

describe('events', () => {
  let payload: Payload
  let token: string

  beforeAll(async () => {
    payload = await testPayload()
    token = await signIn(payload, 'wydarzenia@lipowawola.example.pl', ['editor'])
  })

  it('tells the editor in Polish when the end is before the start', async () => {
    const response = await rest(payload, 'POST', '/events', {
      token,
      body: { ...valid(unique('Koniec przed początkiem')), end: '2030-06-14T15:00:00.000Z' },
    })
    expect(response.status).toBe(400)
    expect(issues(response.body)).toContainEqual(
      expect.objectContaining({
        path: 'end',
        message: expect.stringMatching(/^Koniec jest przed początkiem/),
      }),
    )
  })

  it('refuses a registration deadline after the start', async () => {
    const response = await rest(payload, 'POST', '/events', {
      token,
      body: {
        ...valid(unique('Zapisy po starcie')),
        registration: { url: 'https://example.pl/zapisy', deadline: '2030-06-15T10:00:00.000Z' },
      },
    })
    expect(response.status).toBe(400)
    expect(issues(response.body)).toContainEqual(
      expect.objectContaining({
        path: 'registration.deadline',
        message: expect.stringContaining('Zapisy kończą się'),
      }),
    )
  })

  it('refuses a repeat rule that yields no occurrence', async () => {
    const response = await rest(payload, 'POST', '/events', {
      token,
      body: {
        ...valid(unique('Bez terminów')),
        recurrence: { frequency: 'weekly', count: 1, exceptions: [{ date: '2030-06-14T10:00:00.000Z' }] },
      },
    })
    expect(response.status).toBe(400)
    expect(issues(response.body)).toContainEqual(
      expect.objectContaining({
        path: 'recurrence.frequency',
        message: expect.stringContaining('nie daje żadnego terminu'),
      }),
    )
  })

  it('publishes a repeating event the contract accepts, with its RRULE, to anonymous readers only when published', async () => {
    const created = await rest(payload, 'POST', '/events', {
      token,
      body: {
        ...valid(unique('Próba chóru')),
        recurrence: { frequency: 'weekly', weekdays: ['TH'], until: '2030-07-31T10:00:00.000Z' },
        sequence: 99,
      },
    })
    expect(created.status).toBe(201)
    const draft = await rest(payload, 'POST', '/events?draft=true', {
      token,
      body: { ...valid(unique('Szkic wydarzenia')), _status: 'draft' },
    })
    expect(draft.status).toBe(201)

    const list = await rest(
      payload,
      'GET',
      `/events?where[id][in]=${created.body.doc.id},${draft.body.doc.id}&depth=1`,
    )
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toEqual([created.body.doc.id])
    const parsed = eventContract.parse(list.body.docs[0])
    expect(parsed.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20300731T215959Z')
    expect(parsed.sequence).toBe(0)
  })

  it('bumps SEQUENCE when a published event changes time, place or status, not its text', async () => {
    const created = await rest(payload, 'POST', '/events', { token, body: valid(unique('Festyn')) })
    const id = created.body.doc.id
    const sequence = async () => (await rest(payload, 'GET', `/events/${id}`)).body.sequence as number

    await rest(payload, 'PATCH', `/events/${id}`, { token, body: { lead: 'Nowy opis.' } })
    expect(await sequence()).toBe(0)
    await rest(payload, 'PATCH', `/events/${id}`, { token, body: { start: '2030-06-14T17:00:00.000Z' } })
    expect(await sequence()).toBe(1)
    await rest(payload, 'PATCH', `/events/${id}`, {
      token,
      body: { status: 'cancelled', statusNote: 'Odwołany z powodu burzy.' },
    })
    expect(await sequence()).toBe(2)
    // a draft does not touch the published number; publishing it does
    await rest(payload, 'PATCH', `/events/${id}?draft=true`, {
      token,
      body: { place: { name: 'Remiza OSP' }, _status: 'draft' },
    })
    expect(await sequence()).toBe(2)
    await rest(payload, 'PATCH', `/events/${id}`, { token, body: { _status: 'published' } })
    expect(await sequence()).toBe(3)
    await rest(payload, 'PATCH', `/events/${id}`, { token, body: { sequence: 50 } })
    expect(await sequence()).toBe(3)
  })

  it('seeds 40+ demo events, repeating and cancelled ones among them, once', async () => {
    const now = new Date('2030-03-15T10:00:00.000Z')
    const first = { created: 0, kept: 0 }
    await seedEvents(payload, first, now)
    const again = { created: 0, kept: 0 }
    await seedEvents(payload, again, now)
    expect(first.created).toBeGreaterThanOrEqual(40)
    expect(again.created).toBe(0)
    expect(again.kept).toBe(first.created + first.kept)
    const all = await payload.find({ collection: 'events', limit: 1000, depth: 0, draft: true })
    const docs = all.docs as unknown as { recurrence?: { rule?: string }; status: string }[]
    expect(docs.filter((doc) => doc.recurrence?.rule).length).toBeGreaterThanOrEqual(4)
    expect(docs.filter((doc) => doc.status === 'cancelled').length).toBeGreaterThanOrEqual(2)
  })
})
