import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (value: number) => String(value).padStart(2, '0')

/** nginx's `$time_local`: `30/Nov/2026:09:15:02 +0100`, in this process's time zone. */
export const timeLocal = (date: Date): string => {
  const offset = -date.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`
  return `${two(date.getDate())}/${MONTHS[date.getMonth()]}/${date.getFullYear()}:${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())} ${zone}`
}

/**
 * A logged value as nginx escapes it: `"`, `\`, control and non-ASCII bytes as `\xNN`; empty as `-`. Node's HTTP
 * parser hands headers and the request line over byte for byte as latin1, so each character is one byte sent.
 */
export const escapeLogValue = (value: string | undefined): string => {
  if (!value) return '-'
  let escaped = ''
  for (const byte of Buffer.from(value, 'latin1')) {
    escaped +=
      byte < 0x20 || byte > 0x7e || byte === 0x22 || byte === 0x5c
        ? `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte)
  }
  return escaped
}

/**
 * One line of nginx's `combined` format for an answered request:
 * `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`.
 */
export const combinedLogLine = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  date: Date,
): string => {
  const address = (request.socket.remoteAddress ?? '-').replace(/^::ffff:(?=\d+\.)/, '')
  const requestLine = `${request.method} ${request.url} HTTP/${request.httpVersion}`
  const length = Number(response.getHeader('content-length') ?? 0)
  const bytes =
    request.method === 'HEAD' || response.statusCode === 304 || !Number.isFinite(length) ? 0 : length
  return `${address} - - [${timeLocal(date)}] "${escapeLogValue(requestLine)}" ${response.statusCode} ${bytes} "${escapeLogValue(request.headers.referer)}" "${escapeLogValue(request.headers['user-agent'])}"\n`
}

/**
 * Appends a `combined` line to `file` for every request the server answers, as nginx's `access_log … combined`
 * does. The file is opened for appending; rotate it with logrotate's `copytruncate` (the server keeps it open).
 */
export const writeAccessLog = (server: http.Server, file: string): (() => Promise<void>) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const log = fs.createWriteStream(file, { flags: 'a' })
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    // like nginx's $time_local: the time the line is written, when the answer is sent
    response.once('finish', () => log.write(combinedLogLine(request, response, new Date())))
  })
  return () => new Promise((resolve) => log.end(resolve))
}
