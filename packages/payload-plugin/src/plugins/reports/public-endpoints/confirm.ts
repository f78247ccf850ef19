import { html } from '@ratusz/resident-forms'
import type { Endpoint, PayloadRequest } from 'payload'
import { endpointPath } from '../../../shared/residents/paths'
import { readFormOrNull } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { smsCodeMatches } from '../../../shared/residents/sms-code'
import { REPORT_ROUTES } from '../paths'
import { confirmReport, countWrongReportCode } from '../reports/resident-writes'
import { planReportMessage, statusLink } from '../sending/report-messages'
import type { StoredReport } from '../sending/stored-report'
import type { ReportContext } from './context'
import { CODE_FIELD, invalidReportLink, reportCodePage, reportConfirmedPage } from './pages'
import { reportFromToken } from './report-from-token'

const MAX_CODE_ATTEMPTS = 5

/** The token of a request: `?t=` in the address, or the `t` field of a posted form. */
export const tokenOf = (req: PayloadRequest, form?: URLSearchParams | null): string | null =>
  form?.get('t') ?? new URL(req.url ?? 'http://localhost/').searchParams.get('t')

/** Confirms the report, tells the resident it reached the office (with the status link), and shows that link. */
const confirmAndAnswer = async (req: PayloadRequest, context: ReportContext, report: StoredReport) => {
  const confirmed = await confirmReport(req.payload, report)
  await planReportMessage(
    req.payload,
    confirmed,
    { what: 'received', report: String(confirmed.id), stamp: String(Date.now()) },
    `Zgłoszenie nr ${confirmed.id} przyjęte`,
  )
  return reportConfirmedPage(req, context, confirmed, statusLink(req.payload, context.siteUrl, confirmed))
}

/**
 * `GET /api/public/zgloszenia/potwierdz?t=…`: the confirmation link of a report shows a button; only its POST
 * confirms, because mail scanners follow every link in a message.
 */
export const confirmReportPageEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.confirm),
  method: 'get',
  handler: async (req) => {
    const token = tokenOf(req)
    const { report, wait } = await reportFromToken(req, 'report-confirm', token)
    if (!report || report.confirmedAt) return invalidReportLink(req, context, wait)
    return residentAnswer(req, context, {
      title: 'Potwierdź zgłoszenie',
      body: html`<p>Potwierdź, że chcesz wysłać zgłoszenie do urzędu:</p>
        <blockquote>
          <p>${report.place}</p>
          <p>${report.description}</p>
        </blockquote>
        <form method="post" action="${REPORT_ROUTES.confirm}">
          <input type="hidden" name="t" value="${token}" />
          <p><button type="submit">Potwierdzam zgłoszenie</button></p>
        </form>`,
    })
  },
})

/** `POST /api/public/zgloszenia/potwierdz`: the report reaches the office; the link is spent. */
export const confirmReportEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.confirm),
  method: 'post',
  handler: async (req) => {
    const form = await readFormOrNull(req as unknown as Request)
    if (!form) return invalidReportLink(req, context)
    const { report, wait } = await reportFromToken(req, 'report-confirm', tokenOf(req, form))
    if (!report || report.confirmedAt) return invalidReportLink(req, context, wait)
    return confirmAndAnswer(req, context, report)
  },
})

/**
 * `POST /api/public/zgloszenia/potwierdz-kod`: the code of a report with SMS contact. The right one confirms it;
 * after five wrong ones the code dies and the resident reports again.
 */
export const confirmReportCodeEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.confirmCode),
  method: 'post',
  handler: async (req) => {
    const form = await readFormOrNull(req as unknown as Request)
    if (!form) return invalidReportLink(req, context)
    const { report, wait } = await reportFromToken(req, 'report-code', tokenOf(req, form))
    if (!report || report.confirmedAt || report.contactChannel !== 'sms')
      return invalidReportLink(req, context, wait)
    if (
      !smsCodeMatches(
        req.payload.secret,
        `report-${report.id}`,
        report.confirmNonce,
        form.get(CODE_FIELD) ?? '',
      )
    ) {
      const left = await countWrongReportCode(req.payload, report, MAX_CODE_ATTEMPTS)
      if (left <= 0)
        return residentAnswer(req, context, {
          title: 'Zbyt wiele błędnych kodów',
          status: 400,
          body: html`<p>To zgłoszenie nie zostało potwierdzone. Możesz wysłać je od nowa.</p>
            <p><a href="${context.siteUrl}/zglos/">Zgłoś problem</a></p>`,
        })
      return reportCodePage(req, context, report, `Kod się nie zgadza. Zostało prób: ${left}.`)
    }
    return confirmAndAnswer(req, context, report)
  },
})
