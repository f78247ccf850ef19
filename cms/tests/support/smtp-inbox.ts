import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message the test SMTP server accepted, parsed as a mail program would. */
export type ReceivedMail = { to: string[]; raw: string; mail: ParsedMail }

/**
 * A real SMTP server on a free local port (nodemailer's `smtp-server`): keeps every accepted message (parsed,
 * unless `parse` is false), and refuses
 * recipients whose address is in `rejected` with 550 (a mailbox that does not exist).
 */
export const smtpInbox = async ({ parse = true }: { parse?: boolean } = {}) => {
  const received: ReceivedMail[] = []
  const rejected = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    closeTimeout: 1000,
    disabledCommands: ['STARTTLS'],
    onRcptTo: (address, _session, callback) => {
      if (rejected.has(address.address)) {
        const error = new Error('5.1.1 Mailbox does not exist') as Error & { responseCode: number }
        error.responseCode = 550
        return callback(error)
      }
      callback()
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address)
        // a bench counts thousands of messages: it keeps them unparsed
        if (!parse) {
          received.push({ to, raw, mail: undefined as unknown as ParsedMail })
          return callback()
        }
        simpleParser(raw).then(
          (mail) => {
            received.push({ to, raw, mail })
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  // A client that drops its connection inside a mail transaction (a sender killed mid-send) is emitted as the
  // server's error: expected, not a failure. Anything else still fails the test run, as without a listener.
  server.on('error', (error: Error & { code?: string }) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejected,
    /** Messages to one address. */
    to: (address: string) => received.filter((message) => message.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
