import { html, type SafeHtml } from './html'

/** The gmina as the CMS's pages for residents name it. */
export type PageGmina = { officeName: string; siteUrl: string }

/**
 * A whole small page the CMS answers a resident with (a form with errors, "check your mailbox", manage my
 * subscription): Polish, the site's look (its stylesheet for these pages), a link home, no script.
 */
export const residentPageHtml = (options: {
  title: string
  gmina: PageGmina
  stylesheet: string
  body: SafeHtml
}): string =>
  html`<!doctype html>
    <html lang="pl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${options.title} · ${options.gmina.officeName}</title>
        <link rel="stylesheet" href="${options.stylesheet}" />
      </head>
      <body>
        <header class="resident-header">
          <a href="${options.gmina.siteUrl}/">${options.gmina.officeName}</a>
        </header>
        <main id="tresc" class="resident-main">
          <h1>${options.title}</h1>
          ${options.body}
        </main>
      </body>
    </html> `.value
