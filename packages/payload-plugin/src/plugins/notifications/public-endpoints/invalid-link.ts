import { html } from '@ratusz/resident-forms'
import type { PayloadRequest } from 'payload'
import type { NotificationsOptions } from '../options'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { tooManyRequests } from '../../../shared/residents/too-many-requests'

/** The answer to a link that is wrong, spent or expired (or to too many tries). */
export const invalidLink = (req: PayloadRequest, options: NotificationsOptions, wait?: number) =>
  wait
    ? tooManyRequests(req, options, wait)
    : residentAnswer(req, options, {
        title: 'Link jest nieaktualny',
        status: 404,
        body: html`<p>
            Ten link wygasł, został już użyty albo jest niepełny. Sprawdź, czy skopiowano go w całości.
          </p>
          <p><a href="${options.siteUrl}/powiadomienia/">Zapisz się na powiadomienia od nowa</a></p>`,
      })
