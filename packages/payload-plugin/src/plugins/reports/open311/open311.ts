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
import { hashApiKey } from '../keys/api-key'
import { open311Answer, open311Error, resourceOf, type Open311Format } from './answer'

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

const CHANGESET = '2026-11-30T00:00:00Z'

/** The discovery document; in XML its lists are wrapped as the spec writes them (`endpoints/endpoint`, `formats/format`). */
const discoveryOf = (context: ReportContext, format: Open311Format) => {
  const formats = ['application/json', 'text/xml']
  const endpoint = {
    specification: 'http://wiki.open311.org/GeoReport_v2',
    url: `${context.siteUrl}/api${OPEN311_PATH}`,
    changeset: CHANGESET,
    type: 'production',
    formats: format === 'xml' ? { format: formats } : formats,
  }
  return {
    changeset: CHANGESET,
    contact: `${context.siteUrl}/kontakt/`,
    key_service: 'Klucz API wydaje administrator gminy (docs/reports.md).',
    endpoints: format === 'xml' ? { endpoint: [endpoint] } : [endpoint],
  }
}

const SERVICES = { root: 'services', item: 'service' }
const SERVICE_REQUESTS = { root: 'service_requests', item: 'request' }

/** The format a path that names nothing we serve asked for, for its error: XML when it ends in `.xml`. */
const formatOfAny = (file: string): Open311Format => (file.endsWith('.xml') ? 'xml' : 'json')

/**
 * `GET /api/open311/v2/<discovery|services|requests>.<json|xml>`: where the endpoint is and what it speaks, the
 * report categories as services, and the public reports as service requests.
 */
const resources = (context: ReportContext): Endpoint => ({
  path: `${OPEN311_PATH}/:file`,
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const resource = resourceOf(file)
    if (!resource) return open311Error(formatOfAny(file), 404, 'Not found')
    const { name, format } = resource
    if (name === 'discovery')
      return open311Answer(format, discoveryOf(context, format), { root: 'discovery' })
    if (name === 'services')
      return open311Answer(format, (await categoriesOf(req.payload)).map(service), SERVICES)
    if (name === 'requests') return listRequests(req, format, context.open311WindowDays)
    return open311Error(format, 404, 'Not found')
  },
})

/** The public reports an Open311 list asks for: filters by id, status, service and dates (90 days by default). */
const listRequests = async (req: PayloadRequest, format: Open311Format, windowDays: number) => {
  const params = new URL(req.url ?? 'http://localhost/').searchParams
  const start = isoDate(params.get('start_date'))
  const end = isoDate(params.get('end_date'))
  if (start === 'invalid' || end === 'invalid')
    return open311Error(format, 400, 'start_date and end_date must be ISO 8601 dates.')
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
  else if (status) return open311Error(format, 400, 'status must be open or closed.')
  const found = await req.payload.find({
    collection: REPORT_SLUGS.reports as never,
    where: { and: where },
    sort: '-confirmedAt',
    limit: MAX_REQUESTS,
    depth: 0,
    overrideAccess: true,
  })
  return open311Answer(
    format,
    (found.docs as unknown as Report[]).map((report) => serviceRequest(report, byId)),
    SERVICE_REQUESTS,
  )
}

/** `GET /api/open311/v2/requests/<id>.<json|xml>`: one public report, as a one-element list. */
const oneRequest = (): Endpoint => ({
  path: `${OPEN311_PATH}/requests/:file`,
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const resource = resourceOf(file)
    if (!resource || !/^\d{1,18}$/.test(resource.name))
      return open311Error(formatOfAny(file), 404, 'Not found')
    const { format } = resource
    const found = await req.payload.find({
      collection: REPORT_SLUGS.reports as never,
      where: { and: [PUBLIC_REPORTS, { id: { equals: resource.name } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (found.docs.length === 0) return open311Error(format, 404, 'No public service request with this id.')
    const categories = new Map(
      (await categoriesOf(req.payload)).map((category) => [String(category.id), category]),
    )
    return open311Answer(
      format,
      [serviceRequest(found.docs[0] as unknown as Report, categories)],
      SERVICE_REQUESTS,
    )
  },
})

/** The integrator's key, when it is an active one (compared by its hash; its last use noted). */
const activeKey = async (payload: Payload, key: string | null): Promise<boolean> => {
  if (!key || key.length < 20 || key.length > 100) return false
  const found = await payload.find({
    collection: REPORT_SLUGS.open311Keys as never,
    where: { and: [{ keyHash: { equals: hashApiKey(key) } }, { active: { equals: true } }] },
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
 * `POST /api/open311/v2/requests.<json|xml>`: a report from an app, with the integrator's API key and the same checks as
 * the site's form (fields, category, area, limits per client and per resident's address). The report waits for the
 * resident's confirmation (a link by e-mail, a code by SMS) like one from the form; the answer carries its token.
 */
const postRequest = (context: ReportContext): Endpoint => ({
  path: `${OPEN311_PATH}/:file`,
  method: 'post',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const resource = resourceOf(file)
    if (resource?.name !== 'requests') return open311Error(formatOfAny(file), 404, 'Not found')
    const { format } = resource
    let form: URLSearchParams
    try {
      form = await readForm(req as unknown as Request)
    } catch (failure) {
      if (failure instanceof FormBodyError)
        return open311Error(format, failure.status, 'Send application/x-www-form-urlencoded.')
      throw failure
    }
    if (!(await activeKey(req.payload, form.get('api_key'))))
      return open311Error(format, 403, 'A valid api_key is required.')
    const categories = await categoriesOf(req.payload)
    const code = form.get('service_code') ?? ''
    const category = categories.find((candidate) => codeOf(candidate) === code)
    if (!category) return open311Error(format, 400, 'service_code is not a known service.')
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
      return open311Error(
        format,
        400,
        Object.entries(errors)
          .map(([field, message]) => `${field}: ${message}`)
          .join(' '),
      )
    const wait = await reportThrottle.take({ client: clientAddress(req.headers), contact: checked.address })
    if (wait) return open311Error(format, 429, 'Too many requests.', { 'Retry-After': String(wait) })
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
    return open311Answer(
      format,
      [
        {
          token: String(report.id),
          service_notice:
            'Zgłoszenie czeka na potwierdzenie: zgłaszający dostał link (e-mail) lub kod (SMS).',
          account_id: null,
        },
      ],
      SERVICE_REQUESTS,
      201,
    )
  },
})

/** The Open311 GeoReport v2 endpoints, in the order Payload must try them. */
export const open311Endpoints = (context: ReportContext): Endpoint[] => [
  resources(context),
  oneRequest(),
  postRequest(context),
]
