import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'

/** One e-mail of the outbox folder (`RATUSZ_OUTBOX_DIR`): its file's raw text and what a mail program reads. */
export type OutboxMail = { file: string; raw: string; mail: ParsedMail }

/** Every `.eml` file of the outbox, oldest first (their names start with the time), parsed. */
export const readOutbox = async (dir: string): Promise<OutboxMail[]> => {
  if (!fs.existsSync(dir)) return []
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
  return Promise.all(
    files.map(async (name) => {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8')
      return { file: name, raw, mail: await simpleParser(raw) }
    }),
  )
}

/** The header block of a raw message with folded lines unfolded (RFC 5322), for exact header checks. */
export const rawHeaders = (raw: string): string => raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')

/** The addresses a message went to. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((entry) => entry.address ?? ''),
  )
