import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { alert as alertContract } from '@ratusz/contract'
import { seedAlerts } from '../../src/seed/alerts'
import { demoAreas } from '../../src/seed/content/areas'
import { findOrCreate } from '../../src/seed/upsert'
import { body } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const HOUR = 3_600_000
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The error messages of a refused REST write, by field path. */
const errorsOf = (response: { body: any }): Record<string, string> =>
  Object.fromEntries(
    (response.body?.errors ?? []).flatMap(
      (error: { data?: { errors?: { path: string; message: string }[] } }) =>
        (error.data?.errors ?? []).map((field) => [field.path, field.message]),
    ),
  )

describe('alerts in the CMS', () => {
  let payload: Payload
  let editor: string
  let floodArea: number

  const valid = (overrides: Record<string, unknown> = {}) => ({
    title: `Ostrzeżenie ${stamp()}`,
    kind: 'powodz',
    severity: 'ostrzezenie',
    shortText: 'Wezbranie Lipówki. Zabezpiecz mienie.',
    body: body('Szczegóły ostrzeżenia.'),
    areas: [floodArea],
    validFrom: at(-1),
    validUntil: at(24),
    source: 'IMGW-PIB',
    _status: 'published',
    ...overrides,
  })

  const post = (data: Record<string, unknown>, draft = false) =>
    rest(payload, 'POST', `/alerts${draft ? '?draft=true' : ''}`, { token: editor, body: data })

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-komunikaty@example.pl', ['editor'])
    const area = await payload.create({
      collection: 'areas',
      data: { name: `Zagrożenie powodziowe ${stamp()}`, kind: 'grupa' } as never,
    })
    floodArea = area.id as number
  })

  it('lets an editor publish an alert the public reads in the shape of the contract', async () => {
    const before = Date.now()
    const created = await post(valid())
    const after = Date.now()
    expect(created.status).toBe(201)
    const read = await rest(payload, 'GET', `/alerts/${created.body.doc.id}?depth=1`)
    expect(read.status).toBe(200)
    const parsed = alertContract.parse(read.body)
    expect(parsed.areas.map((area) => area.id)).toEqual([floodArea])
    // Stamped when the editor published it.
    expect(Date.parse(parsed.publishedAt)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(parsed.publishedAt)).toBeLessThanOrEqual(after)
    expect(parsed.slug).toMatch(/^ostrzezenie-/)
  })

  it('hides drafts from the public and refuses anonymous writes', async () => {
    const draft = await post(valid({ _status: 'draft' }), true)
    expect(draft.status).toBe(201)
    expect((await rest(payload, 'GET', `/alerts/${draft.body.doc.id}`)).status).toBe(404)
    const list = await rest(payload, 'GET', `/alerts?where[id][equals]=${draft.body.doc.id}&depth=0`)
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
    expect((await rest(payload, 'POST', '/alerts', { body: valid() })).status).toBe(403)
  })

  it('takes no areas as the whole gmina and no end as until withdrawn', async () => {
    const created = await post(valid({ areas: [], validUntil: null, severity: 'informacja' }))
    expect(created.status).toBe(201)
    const parsed = alertContract.parse((await rest(payload, 'GET', `/alerts/${created.body.doc.id}`)).body)
    expect(parsed.areas).toEqual([])
    expect(parsed.validUntil).toBeNull()
  })

  it('tells the editor in Polish when the end is not after the start', async () => {
    const response = await post(valid({ validFrom: at(5), validUntil: at(2) }))
    expect(response.status).toBe(400)
    expect(errorsOf(response).validUntil).toBe(
      'Data „Obowiązuje do” musi być późniejsza niż „Obowiązuje od”. Popraw jedną z dat.',
    )
  })

  it('requires an end for an alarm, at most 72 hours ahead unless confirmed', async () => {
    const noEnd = await post(valid({ severity: 'alarm', validUntil: null }))
    expect(noEnd.status).toBe(400)
    expect(errorsOf(noEnd).validUntil).toBe(
      'Alarm musi mieć datę końca. Wpisz, do kiedy obowiązuje (najwyżej 72 godziny od początku).',
    )
    const tooLong = await post(valid({ severity: 'alarm', validFrom: at(0), validUntil: at(80) }))
    expect(tooLong.status).toBe(400)
    expect(errorsOf(tooLong).validUntil).toBe(
      'Alarm może trwać najwyżej 72 godziny od początku. Skróć czas albo zaznacz „Potwierdzam alarm dłuższy niż 72 godziny”.',
    )
    const confirmed = await post(
      valid({ severity: 'alarm', validFrom: at(0), validUntil: at(80), longAlarmConfirmed: true }),
    )
    expect(confirmed.status).toBe(201)
    const within = await post(valid({ severity: 'alarm', validFrom: at(0), validUntil: at(72) }))
    expect(within.status).toBe(201)
  })

  it('checks a later change against the stored dates too', async () => {
    const created = await post(valid({ severity: 'alarm', validFrom: at(0), validUntil: at(10) }))
    const response = await rest(payload, 'PATCH', `/alerts/${created.body.doc.id}`, {
      token: editor,
      body: { validUntil: at(100) },
    })
    expect(response.status).toBe(400)
    expect(errorsOf(response).validUntil).toContain('najwyżej 72 godziny')
  })

  it('keeps the short text to one SMS and the full text to 10,000 characters', async () => {
    const sms = await post(valid({ shortText: 'x'.repeat(161) }))
    expect(sms.status).toBe(400)
    expect(Object.keys(errorsOf(sms))).toEqual(['shortText'])
    const long = await post(valid({ body: body('a'.repeat(10_001)) }))
    expect(long.status).toBe(400)
    expect(errorsOf(long).body).toBe(
      'Pełna treść ma 10001 znaków, a limit to 10000. Skróć tekst lub dodaj go jako załącznik.',
    )
  })

  it('seeds the demo alerts once: active, expired and announced, relative to now', async () => {
    const tally = { created: 0, kept: 0 }
    for (const area of demoAreas) {
      await findOrCreate(payload, tally, 'areas', { name: { equals: area.name } }, () =>
        payload.create({ collection: 'areas', data: area as never }),
      )
    }
    const now = new Date()
    await seedAlerts(payload, tally, now, 'sekretariat@example.pl')
    const again = { created: 0, kept: 0 }
    await seedAlerts(payload, again, now, 'sekretariat@example.pl')
    expect(again.created).toBe(0)

    const byTitle = new Map<string, unknown>()
    for (const title of [
      'Ostrzeżenie hydrologiczne: wezbranie Lipówki',
      'Przerwa w dostawie wody w Dębinie',
      'Zamknięta droga gminna w Kalinówce',
      'Planowane wyłączenie prądu w Brzozówce',
      'Ostrzeżenie meteorologiczne: silny wiatr',
    ]) {
      const found = await rest(
        payload,
        'GET',
        `/alerts?where[title][equals]=${encodeURIComponent(title)}&depth=1`,
      )
      expect(found.body.docs, title).toHaveLength(1)
      byTitle.set(title, found.body.docs[0])
    }
    const demo = (title: string) => alertContract.parse(byTitle.get(title))
    const status = (alert: { validFrom: string; validUntil: string | null }) =>
      Date.parse(alert.validFrom) > now.getTime()
        ? 'upcoming'
        : alert.validUntil && Date.parse(alert.validUntil) <= now.getTime()
          ? 'ended'
          : 'active'
    const flood = demo('Ostrzeżenie hydrologiczne: wezbranie Lipówki')
    expect(flood.areas.map((area) => area.name)).toEqual(['Zagrożenie powodziowe'])
    expect(flood.attachments).toHaveLength(1)
    expect(status(flood)).toBe('active')
    const outage = demo('Przerwa w dostawie wody w Dębinie')
    expect(outage.areas.map((area) => area.kind)).toEqual(['solectwo'])
    expect(status(outage)).toBe('active')
    expect(status(demo('Zamknięta droga gminna w Kalinówce'))).toBe('ended')
    expect(status(demo('Planowane wyłączenie prądu w Brzozówce'))).toBe('upcoming')
    expect(demo('Ostrzeżenie meteorologiczne: silny wiatr').areas).toEqual([])
  })
})
