import {
  REPORT_CONSENT_VERSION,
  html,
  reportConsent,
  reportFormHtml,
  type ReportErrors,
  type ReportValues,
} from '@ratusz/resident-forms'
import type { PayloadRequest } from 'payload'
import { gminaOf } from '../../../shared/residents/gmina'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { makeToken, signShownAt } from '../../../shared/residents/resident-token'
import { tooManyRequests } from '../../../shared/residents/too-many-requests'
import { REPORT_ROUTES, SITE_REPORT_PAGE } from '../paths'
import type { StoredReport } from '../sending/stored-report'
import type { ReportContext } from './context'
import { reportChoices } from './form-choices'

/** The report form again, with what the resident typed, the errors (if any) and a signed stamp of now. */
export const reportFormAgain = async (
  req: PayloadRequest,
  context: ReportContext,
  values: ReportValues,
  errors: ReportErrors,
  status: number,
  note?: string,
) => {
  const gmina = await gminaOf(req.payload)
  const choices = await reportChoices(req.payload)
  return residentAnswer(req, context, {
    title: 'Zgłoś problem',
    status,
    body: html`${note ? html`<p class="lead">${note}</p>` : null}${reportFormHtml({
      action: REPORT_ROUTES.report,
      categories: choices.categories,
      areas: choices.areas,
      values,
      errors,
      consent: reportConsent(gmina, {
        pendingHours: context.pendingHours,
        erasedAfterMonths: context.erasedAfterMonths,
      }),
      consentVersion: REPORT_CONSENT_VERSION,
      shownAt: signShownAt(req.payload.secret, Date.now()),
      withSms: context.withSms,
      maxPhotoMB: context.maxPhotoMB,
    })}`,
  })
}

/** The answer to a report link that is wrong, spent or expired (or to too many tries). */
export const invalidReportLink = (req: PayloadRequest, context: ReportContext, wait?: number) =>
  wait
    ? tooManyRequests(req, context, wait)
    : residentAnswer(req, context, {
        title: 'Link jest nieaktualny',
        status: 404,
        body: html`<p>
            Ten link wygasł, został już użyty albo jest niepełny. Sprawdź, czy skopiowano go w całości.
          </p>
          <p><a href="${context.siteUrl}${SITE_REPORT_PAGE}">Wyślij zgłoszenie od nowa</a></p>`,
      })

/** After a report from the form: the link waits in the mailbox. */
export const checkYourMailbox = (req: PayloadRequest, context: ReportContext) =>
  residentAnswer(req, context, {
    title: 'Potwierdź zgłoszenie',
    body: html`<p>
        Wysłaliśmy wiadomość z linkiem potwierdzającym. Kliknij go w ciągu ${context.pendingHours} godzin –
        dopiero wtedy zgłoszenie trafi do urzędu.
      </p>
      <p>Nie widzisz wiadomości? Sprawdź folder „Spam” lub „Oferty”.</p>`,
  })

/** The field the SMS code is typed in. */
export const CODE_FIELD = 'kod'

/** After a report with SMS contact: type the code the SMS brought. */
export const reportCodePage = (
  req: PayloadRequest,
  context: ReportContext,
  report: StoredReport,
  error?: string,
) => {
  const token = makeToken(req.payload.secret, 'report-code', report.id, report.confirmNonce!)
  return residentAnswer(req, context, {
    title: 'Wpisz kod z SMS-a',
    status: error ? 400 : 200,
    body: html`<p>
        Wysłaliśmy SMS z sześciocyfrowym kodem na numer <strong>${report.contactPhone}</strong>. Wpisz go
        poniżej w ciągu ${context.pendingHours} godzin – dopiero wtedy zgłoszenie trafi do urzędu.
      </p>
      <form class="resident-form" method="post" action="${REPORT_ROUTES.confirmCode}">
        <input type="hidden" name="t" value="${token}" />
        <div class="field">
          <label for="${CODE_FIELD}">Kod z SMS-a</label>
          ${error ? html`<p class="field-error" id="blad-${CODE_FIELD}">${error}</p>` : null}
          <input
            id="${CODE_FIELD}"
            name="${CODE_FIELD}"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9 -]*"
            maxlength="9"
            ${error ? html` aria-invalid="true" aria-describedby="blad-${CODE_FIELD}"` : null}
          />
        </div>
        <p><button type="submit">Potwierdzam zgłoszenie</button></p>
      </form>`,
  })
}

/** After the confirmation: the report reached the office; the status link. */
export const reportConfirmedPage = (
  req: PayloadRequest,
  context: ReportContext,
  report: StoredReport,
  link: string,
) =>
  residentAnswer(req, context, {
    title: 'Zgłoszenie przyjęte',
    body: html`<p>Dziękujemy. Zgłoszenie nr <strong>${String(report.id)}</strong> trafiło do urzędu.</p>
      <p>
        O każdej zmianie poinformujemy Cię w wiadomości. Stan zgłoszenia i odpowiedzi urzędu zobaczysz też na
        <a href="${link}">stronie zgłoszenia</a> (zachowaj ten link).
      </p>`,
  })
