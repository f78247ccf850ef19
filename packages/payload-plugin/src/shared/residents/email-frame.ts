import { html, type SafeHtml } from '@ratusz/resident-forms'

/** The footer every message carries: who sends it, why the resident gets it, and how to change or stop it. */
export type MessageFooter = {
  officeName: string
  postalAddress: string
  siteUrl: string
  manageLink?: string
  /** Why the resident gets the message; default: they signed up for the gmina's notifications. */
  reason?: string
}

const SIGNED_UP = 'Dostajesz tę wiadomość, bo zapisałeś się lub zapisałaś na powiadomienia na stronie gminy:'

const footerLines = (footer: MessageFooter): string[] => [
  `${footer.officeName}, ${footer.postalAddress}`,
  `${footer.reason ?? SIGNED_UP} ${footer.siteUrl}/`,
  ...(footer.manageLink ? [`Zmień ustawienia albo wypisz się: ${footer.manageLink}`] : []),
]

/** A plain-text e-mail body: the message's paragraphs, then the footer after the signature separator. */
export const plainTextEmail = (paragraphs: string[], footer: MessageFooter): string =>
  [...paragraphs, '-- ', ...footerLines(footer)].join('\n\n') + '\n'

/** The HTML part of an e-mail: one column, real text (no images), a language, a heading, links with names. */
export const htmlEmail = (title: string, body: SafeHtml, footer: MessageFooter): string =>
  html`<!doctype html>
    <html lang="pl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${title}</title>
      </head>
      <body
        style="margin:0;padding:16px;font-family:Arial,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;background:#ffffff"
      >
        <div style="max-width:600px;margin:0 auto">
          <h1 style="font-size:22px;margin:0 0 12px">${title}</h1>
          ${body}
          <hr style="border:0;border-top:1px solid #767676;margin:24px 0" />
          <p style="font-size:15px;color:#3d3d3d">
            ${footer.officeName}, ${footer.postalAddress}<br />${footer.reason ?? SIGNED_UP}
            <a href="${footer.siteUrl}" style="color:#0b4f9c">${footer.siteUrl.replace(/^https?:\/\//, '')}</a
            >.
          </p>
          ${footer.manageLink ? html`<p style="font-size:15px"><a href="${footer.manageLink}" style="color:#0b4f9c">Zmień ustawienia powiadomień albo wypisz się</a></p>` : null}
        </div>
      </body>
    </html> `.value
