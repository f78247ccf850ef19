import { createHash } from 'node:crypto'
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { publicRequest } from '../support/form-post'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

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

/** The spec's XML, read with a parser: every text as a string, the repeated elements always as lists. */
const xmlParser = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (name) => ['service', 'request', 'error', 'endpoint', 'format'].includes(name),
})
const readXml = (answer: { status: number; text: string; headers: Headers }) => {
  expect(answer.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(answer.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
  return { status: answer.status, body: xmlParser.parse(answer.text) }
}
const getXml = async (payload: Payload, path: string) =>
  readXml(await publicRequest(payload, 'GET', `${OPEN311}${path}`))

/** The elements of a record in XML: its spec fields, each a string. */
const xmlFields = (fields: Record<string, string>, extra: string[] = []) =>
  [...Object.keys(fields), ...extra].sort()

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
      formats: ['application/json', 'text/xml'],
    })
    const discoveryXml = await getXml(payload, '/discovery.xml')
    expect(discoveryXml.status).toBe(200)
    expect(Object.keys(discoveryXml.body)).toEqual(['discovery'])
    expect(discoveryXml.body.discovery.endpoints.endpoint[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: { format: ['application/json', 'text/xml'] },
    })
    expect(discoveryXml.body.discovery.changeset).toMatch(ISO)
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
    const servicesXml = await getXml(payload, '/services.xml')
    expect(servicesXml.status).toBe(200)
    expect(Object.keys(servicesXml.body)).toEqual(['services'])
    const oursXml = servicesXml.body.services.service.find(
      (one: { service_code: string }) => one.service_code === category.open311Code,
    )
    expect(Object.keys(oursXml).sort()).toEqual(xmlFields(SERVICE_FIELDS))
    expect(Object.values(oursXml).every((value) => typeof value === 'string')).toBe(true)
    expect(oursXml).toMatchObject({ service_name: category.name, metadata: 'false', type: 'realtime' })
    // Unknown resources and formats: the spec's errors, in the format asked for.
    const missing = await getXml(payload, '/nothing.xml')
    expect(missing.status).toBe(404)
    expect(missing.body.errors.error).toEqual([{ code: '404', description: 'Not found' }])
    expect((await get(payload, '/services.csv')).status).toBe(404)
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
    const record = await payload.create({
      collection: 'open311-keys',
      data: { name: 'Aplikacja testowa' } as never,
    })
    // An administrator issues the key, shown this once; the CMS keeps only its hash and ending.
    const admin = await signIn(payload, `admin-open311-${stamp()}@example.pl`, ['admin'])
    const issue = `/open311-keys/${record.id}/nowy-klucz`
    expect((await rest(payload, 'POST', issue)).status).toBe(403)
    const issued = await rest(payload, 'POST', issue, { token: admin })
    expect(issued.status).toBe(200)
    const key = issued.body as { key: string }
    expect(key.key).toMatch(/^[\w-]{43}$/)
    const storedKey = (await payload.findByID({
      collection: 'open311-keys',
      id: record.id,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    expect(storedKey).toMatchObject({
      keyHash: createHash('sha256').update(key.key).digest('hex'),
      keyEnding: `…${key.key.slice(-4)}`,
    })
    expect(JSON.stringify(storedKey)).not.toContain(key.key)
    const seen = await rest(payload, 'GET', `/open311-keys/${record.id}`, { token: admin })
    expect(seen.body).not.toHaveProperty('keyHash')
    expect(seen.body.keyEnding).toBe(`…${key.key.slice(-4)}`)
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
    // Outside the gmina's box (Poland by default) a position is refused, in XML when XML is asked for.
    const abroad = readXml(
      await publicRequest(
        payload,
        'POST',
        `${OPEN311}/requests.xml`,
        { ...fields, api_key: key.key, lat: '52.52', long: '13.40' },
        fromClient(),
      ),
    )
    expect(abroad.status).toBe(400)
    expect(abroad.body.errors.error[0].code).toBe('400')
    expect(abroad.body.errors.error[0].description).toContain('poza gminą')
    const noKeyXml = readXml(
      await publicRequest(payload, 'POST', `${OPEN311}/requests.xml`, fields, fromClient()),
    )
    expect(noKeyXml.status).toBe(403)
    expect(Object.keys(noKeyXml.body.errors.error[0]).sort()).toEqual(['code', 'description'])
    const postedXml = readXml(
      await publicRequest(
        payload,
        'POST',
        `${OPEN311}/requests.xml`,
        { ...fields, api_key: key.key, email: `apka-xml-${stamp()}@example.pl` },
        fromClient(),
      ),
    )
    expect(postedXml.status).toBe(201)
    expect(postedXml.body.service_requests.request[0].token).toMatch(/^\d+$/)
    // A key issued again: the previous one stops working.
    const again = await rest(payload, 'POST', issue, { token: admin })
    expect(again.body.key).not.toBe(key.key)
    const stale = await publicRequest(
      payload,
      'POST',
      `${OPEN311}/requests.json`,
      { ...fields, api_key: key.key },
      fromClient(),
    )
    expect(stale.status).toBe(403)
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
    // The position is personal data: never in a public answer, though the spec has `lat` and `long`.
    for (const request of [...list.body, ...one.body]) {
      expect(request).not.toHaveProperty('lat')
      expect(request).not.toHaveProperty('long')
    }

    // The same in XML: <service_requests><request> with the spec's elements, each a string.
    const listXml = await getXml(payload, `/requests.xml?service_code=${category.open311Code}`)
    expect(listXml.status).toBe(200)
    expect(Object.keys(listXml.body)).toEqual(['service_requests'])
    const requests = listXml.body.service_requests.request
    expect(requests.map((request: { service_request_id: string }) => request.service_request_id)).toEqual([
      String(recent.id),
      String(done.id),
    ])
    for (const request of requests) {
      expect(Object.keys(request).sort()).toEqual(xmlFields(REQUEST_FIELDS, ['expected_datetime']))
      expect(Object.values(request).every((value) => typeof value === 'string')).toBe(true)
      expect(request.requested_datetime).toMatch(ISO)
      expect(request.updated_datetime).toMatch(ISO)
      expect(['open', 'closed']).toContain(request.status)
      expect(JSON.stringify(request)).not.toMatch(/prywatn|Prywatna|Opis mieszkańca/i)
    }
    expect(requests[0]).toMatchObject({
      status: 'open',
      status_notes: 'W realizacji',
      address: 'ul. Mostowa',
    })
    const oneXml = await getXml(payload, `/requests/${old.id}.xml`)
    expect(oneXml.body.service_requests.request).toHaveLength(1)
    expect(oneXml.body.service_requests.request[0].service_request_id).toBe(String(old.id))
    const none = await getXml(payload, `/requests.xml?service_code=nie-ma`)
    expect(none.body).toEqual({ service_requests: '' })
    const badStatus = await getXml(payload, `/requests.xml?status=maybe`)
    expect(badStatus.status).toBe(400)
    expect(badStatus.body.errors.error).toEqual([
      { code: '400', description: 'status must be open or closed.' },
    ])
    expect((await getXml(payload, `/requests/999999999.xml`)).status).toBe(404)
    // The keys are administrators' alone.
    expect((await rest(payload, 'GET', '/open311-keys')).status).toBe(403)
  })
})
