import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { publicRequest } from '../support/form-post'
import { testPayload } from '../support/payload'
import { rest } from '../support/rest'

const OPEN311 = '/api/open311/v2'
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const DAY = 24 * 3600 * 1000
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** GeoReport v2's fields of a service and of a service request, with the JSON type each must have. */
const SERVICE_FIELDS = {
  service_code: 'string',
  service_name: 'string',
  description: 'string',
  metadata: 'boolean',
  type: 'string',
  keywords: 'string',
  group: 'string',
}
const REQUEST_FIELDS = {
  service_request_id: 'string',
  status: 'string',
  status_notes: 'string',
  service_name: 'string',
  service_code: 'string',
  description: 'string',
  agency_responsible: 'string',
  service_notice: 'string',
  requested_datetime: 'string',
  updated_datetime: 'string',
  address: 'string',
  address_id: 'string',
  zipcode: 'string',
  media_url: 'string',
}
const typesOf = (record: Record<string, unknown>, fields: Record<string, string>) =>
  Object.fromEntries(Object.keys(fields).map((field) => [field, typeof record[field]]))

const get = async (payload: Payload, path: string) => {
  const answer = await publicRequest(payload, 'GET', `${OPEN311}${path}`)
  return { status: answer.status, body: JSON.parse(answer.text) }
}

/**
 * Open311 GeoReport v2 against the spec's field names and types: discovery, services (the report categories),
 * requests (public reports only, 90 days by default, filters) and one request, and POST with an integrator's key
 * and the form's checks.
 */
describe('Open311 GeoReport v2', () => {
  let payload: Payload
  let category: { id: number; open311Code: string; name: string }
  let client = 0
  const fromClient = () => ({ 'X-Forwarded-For': `10.31.${Math.floor(++client / 250)}.${client % 250}` })

  beforeAll(async () => {
    payload = await testPayload()
    category = (await payload.create({
      collection: 'report-categories',
      data: {
        name: `Drogi ${stamp()}`,
        team: 'Referat Infrastruktury',
        open311Code: `drogi-${stamp()}`,
      } as never,
    })) as never
  })

  it('describes itself and lists the categories as services', async () => {
    const discovery = await get(payload, '/discovery.json')
    expect(discovery.status).toBe(200)
    expect(discovery.body.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['application/json'],
    })
    const services = await get(payload, '/services.json')
    expect(services.status).toBe(200)
    const ours = services.body.find(
      (service: { service_code: string }) => service.service_code === category.open311Code,
    )
    expect(typesOf(ours, SERVICE_FIELDS)).toEqual(SERVICE_FIELDS)
    expect(ours).toMatchObject({
      service_name: category.name,
      metadata: false,
      type: 'realtime',
      group: 'Referat Infrastruktury',
    })
    expect((await get(payload, '/services.xml')).status).toBe(400)
  })

  it('takes a request only with an active key and valid fields, waiting for the resident to confirm', async () => {
    const fields = {
      service_code: category.open311Code,
      description: 'Głęboka dziura w jezdni przed mostem, samochody ją omijają.',
      address_string: 'ul. Mostowa 3',
      lat: '50.1234',
      long: '20.5678',
      email: `apka-${stamp()}@example.pl`,
    }
    const noKey = await publicRequest(payload, 'POST', `${OPEN311}/requests.json`, fields, fromClient())
    expect(noKey.status).toBe(403)
    const key = (await payload.create({
      collection: 'open311-keys',
      data: { name: 'Aplikacja testowa' } as never,
    })) as unknown as {
      key: string
    }
    expect(key.key).toMatch(/^[\w-]{43}$/)
    const badCode = await publicRequest(
      payload,
      'POST',
      `${OPEN311}/requests.json`,
      { ...fields, api_key: key.key, service_code: 'nie-ma' },
      fromClient(),
    )
    expect(badCode.status).toBe(400)
    const noContact = await publicRequest(
      payload,
      'POST',
      `${OPEN311}/requests.json`,
      { ...fields, api_key: key.key, email: 'x' },
      fromClient(),
    )
    expect(noContact.status).toBe(400)
    const posted = await publicRequest(
      payload,
      'POST',
      `${OPEN311}/requests.json`,
      { ...fields, api_key: key.key },
      fromClient(),
    )
    expect(posted.status).toBe(201)
    const [answer] = JSON.parse(posted.text)
    expect(typeof answer.token).toBe('string')
    expect(typeof answer.service_notice).toBe('string')
    const stored = (await payload.findByID({
      collection: 'reports',
      id: answer.token,
      overrideAccess: true,
    })) as any
    expect(stored).toMatchObject({
      source: 'open311',
      place: 'ul. Mostowa 3',
      latitude: 50.1234,
      confirmedAt: null,
    })
    // Not public, not confirmed: not listed.
    expect((await get(payload, `/requests/${answer.token}.json`)).status).toBe(404)
  })

  it('lists public requests of the last 90 days with the spec’s fields, and filters them', async () => {
    const make = async (daysAgo: number, status: string) =>
      (await payload
        .create({
          collection: 'reports',
          data: {
            category: category.id,
            description: 'Opis mieszkańca, nie publiczny.',
            place: 'ul. Prywatna 1',
            contactEmail: 'prywatny@example.pl',
            status,
            public: true,
            publicDescription: `Ubytek w jezdni ${stamp()}`,
            publicPlace: 'ul. Mostowa',
          } as never,
          overrideAccess: true,
        })
        .then((doc) =>
          payload.update({
            collection: 'reports',
            id: doc.id,
            data: { confirmedAt: new Date(Date.now() - daysAgo * DAY).toISOString() } as never,
            overrideAccess: true,
            context: { fromReportHook: true },
          }),
        )) as unknown as { id: number }
    const recent = await make(2, 'in-progress')
    const done = await make(10, 'resolved')
    const old = await make(100, 'resolved')
    const list = await get(payload, `/requests.json?service_code=${category.open311Code}`)
    expect(list.status).toBe(200)
    expect(list.body.map((request: { service_request_id: string }) => request.service_request_id)).toEqual([
      String(recent.id),
      String(done.id),
    ])
    for (const request of list.body) {
      expect(typesOf(request, REQUEST_FIELDS)).toEqual(REQUEST_FIELDS)
      expect(request.requested_datetime).toMatch(ISO)
      expect(['open', 'closed']).toContain(request.status)
      expect(JSON.stringify(request)).not.toMatch(/prywatn|Prywatna|Opis mieszkańca/i)
    }
    expect(list.body[0]).toMatchObject({
      status: 'open',
      status_notes: 'W realizacji',
      address: 'ul. Mostowa',
    })
    const closed = await get(payload, `/requests.json?service_code=${category.open311Code}&status=closed`)
    expect(closed.body.map((request: { service_request_id: string }) => request.service_request_id)).toEqual([
      String(done.id),
    ])
    const older = await get(
      payload,
      `/requests.json?service_code=${category.open311Code}&start_date=${new Date(Date.now() - 200 * DAY).toISOString()}`,
    )
    expect(older.body).toHaveLength(3)
    expect((await get(payload, `/requests.json?service_code=nie-ma`)).body).toEqual([])
    expect((await get(payload, `/requests.json?status=maybe`)).status).toBe(400)
    const one = await get(payload, `/requests/${old.id}.json`)
    expect(one.status).toBe(200)
    expect(one.body).toHaveLength(1)
    expect(one.body[0].service_request_id).toBe(String(old.id))
    // The keys are administrators' alone.
    expect((await rest(payload, 'GET', '/open311-keys')).status).toBe(403)
  })
})
