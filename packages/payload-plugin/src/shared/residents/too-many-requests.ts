import { html } from '@ratusz/resident-forms'
import type { PayloadRequest } from 'payload'
import type { ResidentPagesOptions } from './paths'
import { residentAnswer } from './resident-answer'

/** HTTP 429 in Polish, saying how long to wait. */
export const tooManyRequests = (req: PayloadRequest, options: ResidentPagesOptions, seconds: number) =>
  residentAnswer(req, options, {
    title: 'Zbyt wiele prób',
    status: 429,
    headers: { 'Retry-After': String(seconds) },
    body: html`<p>
      Z tego adresu przyszło zbyt wiele zgłoszeń. Spróbuj ponownie za ${Math.ceil(seconds / 60)} min.
    </p>`,
  })
