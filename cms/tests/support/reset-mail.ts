import { simpleParser } from 'mailparser'

export type ResetMail = { to: string; subject: string; html: string; text: string; link: URL }

/** Reads a raw password-reset e-mail (RFC 822) as its recipient's mail program would, and finds its link. */
export const readResetMail = async (raw: Buffer | string): Promise<ResetMail> => {
  const mail = await simpleParser(raw)
  const html = typeof mail.html === 'string' ? mail.html : ''
  const href = /href="([^"]+)"/.exec(html)?.[1]
  if (!href) throw new Error(`no link in the e-mail: ${html}`)
  const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text
  return { to: to ?? '', subject: mail.subject ?? '', html, text: mail.text ?? '', link: new URL(href) }
}
