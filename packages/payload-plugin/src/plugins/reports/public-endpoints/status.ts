import { html } from '@ratusz/resident-forms'
import type { Endpoint, PayloadRequest } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import { endpointPath } from '../../../shared/residents/paths'
import { readFormOrNull } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { tooManyRequests } from '../../../shared/residents/too-many-requests'
import { REPORT_ROUTES } from '../paths'
import { addResidentAnswer } from '../reports/resident-writes'
import type { StoredReport } from '../sending/stored-report'
import { REPORT_SLUGS } from '../slugs'
import { STATUS_NAMES, isClosed, type ReportStatus } from '../statuses'
import { tokenOf } from './confirm'
import type { ReportContext } from './context'
import { invalidReportLink } from './pages'
import { reportFromToken } from './report-from-token'
import { answerThrottle } from './throttle'

const ANSWER_FIELD = 'odpowiedz'
const MAX_ANSWER = 2000

type HistoryEntry = { kind: string; body?: string | null; status?: ReportStatus | null; createdAt: string }

const when = (iso: string) =>
  new Intl.DateTimeFormat('pl-PL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  }).format(new Date(iso))

const entryTitle = (entry: HistoryEntry): string =>
  entry.kind === 'status' && entry.status
    ? `Zmiana stanu: ${STATUS_NAMES[entry.status]}`
    : entry.kind === 'reply'
      ? 'Odpowiedź urzędu'
      : 'Twoja odpowiedź'

/** The history the resident sees: changes of state, the office's replies and their own answers (never notes). */
const historyOf = async (req: PayloadRequest, report: StoredReport): Promise<HistoryEntry[]> => {
  const found = await req.payload.find({
    collection: REPORT_SLUGS.messages as never,
    where: { and: [{ report: { equals: report.id } }, { kind: { in: ['status', 'reply', 'answer'] } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as HistoryEntry[]
}

/** The status page: the report, its state, its history, and a form for the resident's answer. */
const statusPage = async (
  req: PayloadRequest,
  context: ReportContext,
  report: StoredReport,
  token: string,
  options: { note?: string; error?: string; answer?: string } = {},
) => {
  const category = (await req.payload
    .findByID({
      collection: REPORT_SLUGS.categories as never,
      id: report.category as number,
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)) as { name?: string } | null
  const history = await historyOf(req, report)
  return residentAnswer(req, context, {
    title: `Zgłoszenie nr ${report.id}`,
    status: options.error ? 400 : 200,
    body: html`${options.note ? html`<p class="lead" role="status">${options.note}</p>` : null}
      <dl class="report-summary">
        <dt>Stan</dt>
        <dd><strong>${STATUS_NAMES[report.status]}</strong></dd>
        <dt>Kategoria</dt>
        <dd>${category?.name ?? '—'}</dd>
        <dt>Miejsce</dt>
        <dd>${report.place}</dd>
        <dt>Wysłane</dt>
        <dd>${report.createdAt ? when(report.createdAt) : '—'}</dd>
      </dl>
      <h2>Opis</h2>
      <p class="report-description">${report.description}</p>
      <h2>Historia</h2>
      ${
        history.length === 0
          ? html`<p>Urząd jeszcze nie odpowiedział. Poinformujemy Cię o każdej zmianie.</p>`
          : html`<ol class="report-history">
              ${history.map(
                (entry) =>
                  html`<li>
                    <p>
                      <strong>${entryTitle(entry)}</strong> ·
                      <time datetime="${entry.createdAt}">${when(entry.createdAt)}</time>
                    </p>
                    ${entry.body ? html`<p class="report-message">${entry.body}</p>` : null}
                  </li>`,
              )}
            </ol>`
      }
      ${
        isClosed(report.status)
          ? html`<p>
              Zgłoszenie jest zamknięte. Masz nową sprawę?
              <a href="${context.siteUrl}/zglos/">Wyślij nowe zgłoszenie</a>.
            </p>`
          : null
      }
      <h2>Odpowiedz urzędowi</h2>
      <form class="resident-form" method="post" action="${REPORT_ROUTES.status}">
        <input type="hidden" name="t" value="${token}" />
        <div class="field">
          <label for="${ANSWER_FIELD}">Twoja odpowiedź lub uzupełnienie</label>
          ${options.error ? html`<p class="field-error" id="blad-${ANSWER_FIELD}">${options.error}</p>` : null}
          <textarea
            id="${ANSWER_FIELD}"
            name="${ANSWER_FIELD}"
            rows="5"
            maxlength="${MAX_ANSWER}"
            ${options.error ? html` aria-invalid="true" aria-describedby="blad-${ANSWER_FIELD}"` : null}
          >
${options.answer ?? ''}</textarea>
        </div>
        <p><button type="submit">Wyślij odpowiedź</button></p>
      </form>`,
  })
}

/** `GET /api/public/zgloszenia/status?t=…`: the resident's report, its state and history. */
export const statusPageEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.status),
  method: 'get',
  handler: async (req) => {
    const token = tokenOf(req)
    const { report, wait } = await reportFromToken(req, 'report-status', token)
    if (!report || !token) return invalidReportLink(req, context, wait)
    return statusPage(req, context, report, token)
  },
})

/** `POST /api/public/zgloszenia/status`: the resident's answer joins the report's history (the staff see it). */
export const statusAnswerEndpoint = (context: ReportContext): Endpoint => ({
  path: endpointPath(REPORT_ROUTES.status),
  method: 'post',
  handler: async (req) => {
    const form = await readFormOrNull(req as unknown as Request)
    if (!form) return invalidReportLink(req, context)
    const token = tokenOf(req, form)
    const { report, wait } = await reportFromToken(req, 'report-status', token)
    if (!report || !token) return invalidReportLink(req, context, wait)
    const answer = (form.get(ANSWER_FIELD) ?? '').trim()
    if (answer.length < 2 || answer.length > MAX_ANSWER)
      return statusPage(req, context, report, token, {
        error: answer.length < 2 ? 'Wpisz odpowiedź.' : `Odpowiedź może mieć najwyżej ${MAX_ANSWER} znaków.`,
        answer,
      })
    const waitAnswer = await answerThrottle.take({ client: clientAddress(req.headers) })
    if (waitAnswer) return tooManyRequests(req, context, waitAnswer)
    await addResidentAnswer(req.payload, report, answer)
    return statusPage(req, context, report, token, { note: 'Dziękujemy. Twoja odpowiedź trafiła do urzędu.' })
  },
})
