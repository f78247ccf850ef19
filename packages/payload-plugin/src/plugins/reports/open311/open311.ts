import { REPORT_STATUS_NAMES, checkReport, type ReportValues } from '@ratusz/resident-forms'
import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import { relationId } from '../../../shared/relation-id'
import { FormBodyError, readForm } from '../../../shared/residents/read-form'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { PUBLIC_REPORTS } from '../access'
import type { ReportContext } from '../public-endpoints/context'
import { checkChoices } from '../public-endpoints/submit'
import { reportThrottle } from '../public-endpoints/throttle'
import { createPendingReport } from '../reports/resident-writes'
import { planReportMessage } from '../sending/report-messages'
import { REPORT_SLUGS } from '../slugs'
import { isClosed, type ReportStatus } from '../statuses'

/** Where Open311 GeoReport v2 lives (nginx passes `/api/open311/` to the CMS on the site's host). */
export const OPEN311_PATH = '/open311/v2'

const DAY = 24 * 3600 * 1000
const MAX_REQUESTS = 1000

type Category = {
  id: string | number
  name: string
  description?: string | null
  team?: string | null
  open311Code?: string | null
}
type Report = {
  id: string | number
  category: unknown
  status: ReportStatus
  justification?: string | null
  publicDescription?: string | null
  publicPlace?: string | null
  confirmedAt?: string | null
  updatedAt: string
}

/** An Open311 error answer: a list of `{ code, description }` with the HTTP status as its code. */
const error = (status: number, description: string) =>
  Response.json([{ code: status, description }], { status, headers: { 'Cache-Control': 'no-store' } })

const json = (body: unknown, status = 200) =>
  Response.json(body, {
    status,
    headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' },
  })

/** The format asked for by the path's extension: JSON (or none); XML is not served. */
const wantsJson = (path: string) => !/\.\w+$/.test(path) || path.endsWith('.json')

const categoriesOf = async (payload: Payload): Promise<Category[]> =>
  (
    await payload.find({
      collection: REPORT_SLUGS.categories as never,
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as Category[]

const codeOf = (category: Category) => category.open311Code || String(category.id)

/** A category as an Open311 service. */
const service = (category: Category) => ({
  service_code: codeOf(category),
  service_name: category.name,
  description: category.description ?? '',
  metadata: false,
  type: 'realtime',
  keywords: '',
  group: category.team ?? '',
})

/** A public report as an Open311 service request: no personal data, no exact position. */
const serviceRequest = (report: Report, categories: Map<string, Category>) => {
  const category = report.category ? categories.get(String(relationId(report.category as number))) : undefined
  return {
    service_request_id: String(report.id),
    status: isClosed(report.status) ? 'closed' : 'open',
    status_notes: REPORT_STATUS_NAMES[report.status],
    service_name: category?.name ?? '',
    service_code: category ? codeOf(category) : '',
    description: report.publicDescription ?? '',
    agency_responsible: category?.team ?? '',
    service_notice: '',
    requested_datetime: report.confirmedAt ?? report.updatedAt,
    updated_datetime: report.updatedAt,
    expected_datetime: null,
    address: report.publicPlace ?? '',
    address_id: '',
    zipcode: '',
    media_url: '',
  }
}

const isoDate = (value: string | null): Date | null | 'invalid' => {
  if (!value) return null
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? 'invalid' : at
}

/** `GET /api/open311/v2/discovery.json`: where the endpoint is and what it speaks. */
const discovery = (context: ReportContext): Endpoint => ({
  path: `${OPEN311_PATH}/discovery.json`,
  method: 'get',
  handler: () =>
    json({
      changeset: '2026-11-30T00:00:00Z',
      contact: `${context.siteUrl}/kontakt/`,
      key_service: 'Klucz API wydaje administrator gminy (docs/reports.md).',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${context.siteUrl}/api${OPEN311_PATH}`,
          changeset: '2026-11-30T00:00:00Z',
          type: 'production',
          formats: ['application/json'],
        },
      ],
    }),
})

/** `GET /api/open311/v2/services.json`: the report categories. */
const services = (): Endpoint => ({
  path: `${OPEN311_PATH}/:file`,
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    if (file === 'discovery.json') return error(404, 'Not found')
    if (!/^(services|requests)(\.\w+)?$/.test(file)) return error(404, 'Not found')
    if (!wantsJson(file)) return error(400, 'Only JSON is served: use the .json extension.')
    if (file.startsWith('services')) return json((await categoriesOf(req.payload)).map(service))
    return listRequests(req)
  },
})

/** The public reports an Open311 list asks for: filters by id, status, service and dates (90 days by default). */
const listRequests = async (req: PayloadRequest, windowDays = 90) => {
  const params = new URL(req.url ?? 'http://localhost/').searchParams
  const start = isoDate(params.get('start_date'))
  const end = isoDate(params.get('end_date'))
  if (start === 'invalid' || end === 'invalid')
    return error(400, 'start_date and end_date must be ISO 8601 dates.')
  const categories = await categoriesOf(req.payload)
  const byId = new Map(categories.map((category) => [String(category.id), category]))
  const where: Where[] = [PUBLIC_REPORTS]
  const ids = params.get('service_request_id')
  if (ids) where.push({ id: { in: ids.split(',').filter((id) => /^\d{1,18}$/.test(id)) } })
  const from = start ?? (ids ? null : new Date((end ?? new Date()).getTime() - windowDays * DAY))
  if (from) where.push({ confirmedAt: { greater_than_equal: from.toISOString() } })
  if (end) where.push({ confirmedAt: { less_than_equal: end.toISOString() } })
  const codes = params.get('service_code')
  if (codes) {
    const wanted = codes.split(',')
    where.push({
      category: {
        in: categories
          .filter((category) => wanted.includes(codeOf(category)))
          .map((c) => c.id)
          .concat([-1]),
      },
    })
  }
  const status = params.get('status')
  if (status === 'open') where.push({ status: { in: ['new', 'accepted', 'in-progress'] } })
  else if (status === 'closed') where.push({ status: { in: ['forwarded', 'resolved', 'rejected'] } })
  else if (status) return error(400, 'status must be open or closed.')
  const found = await req.payload.find({
    collection: REPORT_SLUGS.reports as never,
    where: { and: where },
    sort: '-confirmedAt',
    limit: MAX_REQUESTS,
    depth: 0,
    overrideAccess: true,
  })
  return json((found.docs as unknown as Report[]).map((report) => serviceRequest(report, byId)))
}

/** `GET /api/open311/v2/requests/<id>.json`: one public report, as a one-element list. */
const oneRequest = (): Endpoint => ({
  path: `${OPEN311_PATH}/requests/:file`,
  method: 'get',
  handler: async (req) => {
    const match = /^(\d{1,18})(\.json)?$/.exec(String(req.routeParams?.file ?? ''))
    if (!match) return error(404, 'Not found')
    const found = await req.payload.find({
      collection: REPORT_SLUGS.reports as never,
      where: { and: [PUBLIC_REPORTS, { id: { equals: match[1] } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (found.docs.length === 0) return error(404, 'No public service request with this id.')
    const categories = new Map(
      (await categoriesOf(req.payload)).map((category) => [String(category.id), category]),
    )
    return json([serviceRequest(found.docs[0] as unknown as Report, categories)])
  },
})

/** The integrator's key, when it is an active one (its last use noted). */
const activeKey = async (payload: Payload, key: string | null): Promise<boolean> => {
  if (!key || key.length < 20 || key.length > 100) return false
  const found = await payload.find({
    collection: REPORT_SLUGS.open311Keys as never,
    where: { and: [{ key: { equals: key } }, { active: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const record = found.docs[0] as { id: string | number } | undefined
  if (!record) return false
  await payload.update({
    collection: REPORT_SLUGS.open311Keys as never,
    id: record.id,
    data: { lastUsedAt: new Date().toISOString() } as never,
    overrideAccess: true,
  })
  return true
}

/**
 * `POST /api/open311/v2/requests.json`: a report from an app, with the integrator's API key and the same checks as
 * the site's form (fields, category, area, limits per client and per resident's address). The report waits for the
 * resident's confirmation (a link by e-mail, a code by SMS) like one from the form; the answer carries its token.
 */
const postRequest = (context: ReportContext): Endpoint => ({
  path: `${OPEN311_PATH}/:file`,
  method: 'post',
  handler: async (req) => {
    if (!/^requests(\.json)?$/.test(String(req.routeParams?.file ?? ''))) return error(404, 'Not found')
    let form: URLSearchParams
    try {
      form = await readForm(req as unknown as Request)
    } catch (failure) {
      if (failure instanceof FormBodyError)
        return error(failure.status, 'Send application/x-www-form-urlencoded.')
      throw failure
    }
    if (!(await activeKey(req.payload, form.get('api_key'))))
      return error(403, 'A valid api_key is required.')
    const categories = await categoriesOf(req.payload)
    const code = form.get('service_code') ?? ''
    const category = categories.find((candidate) => codeOf(candidate) === code)
    if (!category) return error(400, 'service_code is not a known service.')
    const lat = form.get('lat') ?? ''
    const lon = form.get('long') ?? ''
    const address = (form.get('address_string') ?? '').trim()
    const email = (form.get('email') ?? '').trim()
    const phone = (form.get('phone') ?? '').trim()
    const values: ReportValues = {
      category: String(category.id),
      description: (form.get('description') ?? '').trim(),
      area: '',
      place: address || (lat && lon ? `${lat}, ${lon}` : ''),
      lat,
      lon,
      channel: email || !phone || !context.withSms ? 'email' : 'sms',
      email,
      phone,
      consent: true,
    }
    const checked = checkReport(values, context.bounds)
    const errors = { ...(checked.ok ? {} : checked.errors), ...(await checkChoices(req.payload, values)) }
    if (!checked.ok || Object.keys(errors).length > 0)
      return error(
        400,
        Object.entries(errors)
          .map(([field, message]) => `${field}: ${message}`)
          .join(' '),
      )
    const wait = await reportThrottle.take({ client: clientAddress(req.headers), contact: checked.address })
    if (wait)
      return Response.json([{ code: 429, description: 'Too many requests.' }], {
        status: 429,
        headers: { 'Retry-After': String(wait) },
      })
    const report = await createPendingReport(req.payload, {
      values: checked.values,
      address: checked.address,
      photos: [],
      pendingHours: context.pendingHours,
      source: 'open311',
      withAreas: req.payload.config.collections.some((entry) => entry.slug === COLLECTION_SLUGS.areas),
    })
    await planReportMessage(
      req.payload,
      report,
      { what: 'confirm', report: String(report.id), stamp: String(Date.now()) },
      'Potwierdzenie zgłoszenia',
    )
    return json(
      [
        {
          token: String(report.id),
          service_notice:
            'Zgłoszenie czeka na potwierdzenie: zgłaszający dostał link (e-mail) lub kod (SMS).',
          account_id: null,
        },
      ],
      201,
    )
  },
})

/** The Open311 GeoReport v2 endpoints, in the order Payload must try them. */
export const open311Endpoints = (context: ReportContext): Endpoint[] => [
  discovery(context),
  services(),
  oneRequest(),
  postRequest(context),
]
