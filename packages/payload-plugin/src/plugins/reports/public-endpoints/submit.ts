import {
  REPORT_FIELDS as F,
  MAX_REPORT_PHOTOS,
  checkReport,
  html,
  readReportForm,
  type ReportErrors,
  type ReportValues,
} from '@ratusz/resident-forms'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import { endpointPath } from '../../../shared/residents/paths'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { shownLongEnough } from '../../../shared/residents/shown-long-enough'
import { tooManyRequests } from '../../../shared/residents/too-many-requests'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { REPORT_ROUTES, SITE_REPORT_PAGE } from '../paths'
import { createPendingReport } from '../reports/resident-writes'
import { planReportMessage } from '../sending/report-messages'
import { REPORT_SLUGS } from '../slugs'
import type { ReportContext } from './context'
import { checkYourMailbox, reportCodePage, reportFormAgain } from './pages'
import { PhotoError, processPhoto } from './photos'
import { reportThrottle } from './throttle'

/** Why a posted body could not be read, in Polish. */
class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** The posted form (multipart with photos, or url-encoded without), within a size limit. */
const readBody = async (req: PayloadRequest, context: ReportContext): Promise<FormData> => {
  const request = req as unknown as Request
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/x-www-form-urlencoded'))
    throw new BodyError('Ten adres przyjmuje tylko formularz wysłany ze strony.', 415)
  const limit = (MAX_REPORT_PHOTOS * context.maxPhotoMB + 1) * 1024 * 1024
  if (Number(request.headers.get('content-length') ?? 0) > limit)
    throw new BodyError(
      `Zgłoszenie jest zbyt duże. Dołącz najwyżej ${MAX_REPORT_PHOTOS} zdjęcia, każde do ${context.maxPhotoMB} MB.`,
      413,
    )
  try {
    return await request.formData()
  } catch {
    throw new BodyError('Nie udało się odczytać formularza. Spróbuj wysłać go jeszcze raz.', 400)
  }
}

/** Whether a record of this collection with this id exists (a category, an area chosen on the form). */
const exists = async (payload: Payload, collection: string, id: string) =>
  Boolean(
    id &&
    /^\d{1,18}$/.test(id) &&
    payload.config.collections.some((entry) => entry.slug === collection) &&
    (await payload
      .findByID({ collection: collection as never, id, depth: 0, overrideAccess: true })
      .catch(() => null)),
  )

/** The report's own checks beyond the form's: the category and the area exist. */
export const checkChoices = async (payload: Payload, values: ReportValues): Promise<ReportErrors> => {
  const errors: ReportErrors = {}
  if (!(await exists(payload, REPORT_SLUGS.categories, values.category)))
    errors.category = 'Wybierz, czego dotyczy zgłoszenie.'
  if (values.area && !(await exists(payload, COLLECTION_SLUGS.areas, values.area)))
    errors.area = 'Wybierz miejscowość z listy.'
  return errors
}

/** Photos made safe (see processPhoto), each stored in `report-photos` with the report's category. */
export const storePhotos = async (
  payload: Payload,
  photos: { bytes: Uint8Array; name: string }[],
  category: string,
  context: ReportContext,
): Promise<(string | number)[]> => {
  const processed = await Promise.all(photos.map((photo) => processPhoto(photo.bytes, photo.name, context)))
  const ids: (string | number)[] = []
  for (const data of processed) {
    const created = await payload.create({
      collection: REPORT_SLUGS.photos as never,
      data: { category: Number(category) } as never,
      file: {
        data,
        mimetype: 'image/jpeg',
        name: `zgloszenie-${crypto.randomUUID()}.jpg`,
        size: data.length,
      },
      overrideAccess: true,
    })
    ids.push((created as { id: string | number }).id)
  }
  return ids
}

/**
 * `POST /api/public/zgloszenia`: a report from the site's form (multipart, with up to three photos). Checks
 * (honeypot, the form was open long enough, the fields, the photos, limits per client and per address), then keeps
 * the report waiting and sends the confirmation (a link by e-mail, a code by SMS) through the delivery queue. The
 * report reaches the office only once confirmed. Every error shows the form again with what the resident typed.
 */
export const submitReportEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.report),
  method: 'post',
  handler: async (req) => {
    let body: FormData
    try {
      body = await readBody(req, context)
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
      return residentAnswer(req, context, {
        title: 'Nie udało się wysłać zgłoszenia',
        status: error.status,
        body: html`<p>${error.message}</p>
          <p><a href="${context.siteUrl}${SITE_REPORT_PAGE}">Wróć do formularza</a></p>`,
      })
    }
    const values = readReportForm(body)
    // A bot filled the field people never see: answer as if all went well, do nothing.
    if (body.get(F.honeypot)) return checkYourMailbox(req, context)
    const stamp = body.get(F.shownAt)
    if (
      !shownLongEnough(req.payload.secret, typeof stamp === 'string' ? stamp : null, context.minFillSeconds)
    )
      return reportFormAgain(
        req,
        context,
        values,
        {},
        200,
        'Sprawdź zgłoszenie i wyślij je jeszcze raz (dołącz zdjęcia ponownie).',
      )
    const files = body
      .getAll(F.photos)
      .filter((entry): entry is File => typeof entry !== 'string' && entry.size > 0)
    const checked = checkReport(values, context.bounds)
    const errors: ReportErrors = {
      ...(checked.ok ? {} : checked.errors),
      ...(await checkChoices(req.payload, values)),
    }
    if (values.channel === 'sms' && !context.withSms)
      errors.channel = 'Ta gmina nie wysyła SMS-ów. Wybierz e-mail.'
    if (files.length > MAX_REPORT_PHOTOS) errors.photos = `Dołącz najwyżej ${MAX_REPORT_PHOTOS} zdjęcia.`
    if (!checked.ok || Object.keys(errors).length > 0)
      return reportFormAgain(req, context, values, errors, 400)
    const wait = await reportThrottle.take({ client: clientAddress(req.headers), contact: checked.address })
    if (wait) return tooManyRequests(req, context, wait)
    let photos: (string | number)[]
    try {
      photos = await storePhotos(
        req.payload,
        await Promise.all(
          files.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name })),
        ),
        values.category,
        context,
      )
    } catch (error) {
      if (!(error instanceof PhotoError)) throw error
      return reportFormAgain(req, context, values, { photos: error.message }, 400)
    }
    const report = await createPendingReport(req.payload, {
      values: checked.values,
      address: checked.address,
      photos,
      pendingHours: context.pendingHours,
      source: 'form',
      withAreas: req.payload.config.collections.some((entry) => entry.slug === COLLECTION_SLUGS.areas),
    })
    await planReportMessage(
      req.payload,
      report,
      { what: 'confirm', report: String(report.id), stamp: String(Date.now()) },
      'Potwierdzenie zgłoszenia',
    )
    if (report.contactChannel === 'sms') return reportCodePage(req, context, report)
    return checkYourMailbox(req, context)
  },
})
