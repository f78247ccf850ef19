/** The fields of one nginx `combined` line that the statistics use (the user and the byte count are left out). */
export type LogLine = {
  ip: string
  /** `$time_local` as written, e.g. `10/Oct/2026:13:55:36 +0200`. */
  time: string
  method: string
  /** The request target as sent: path and query, still percent-encoded. */
  target: string
  status: number
  /** `-` when the browser sent none. */
  referrer: string
  userAgent: string
}

/**
 * Reads one line of nginx's `combined` format:
 * `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`.
 * nginx escapes `"` and non-printable bytes inside the quoted fields (`\x22`), so the next quote always ends a
 * field. Returns undefined for a line that is not in that format. Written with `indexOf` rather than one regular
 * expression: it is the hot loop of an import (millions of lines).
 */
export const parseCombinedLine = (line: string): LogLine | undefined => {
  const ipEnd = line.indexOf(' ')
  if (ipEnd <= 0) return undefined
  const timeStart = line.indexOf('[', ipEnd)
  const timeEnd = line.indexOf('] "', timeStart)
  if (timeStart < 0 || timeEnd < 0) return undefined
  const requestStart = timeEnd + 3
  const requestEnd = line.indexOf('" ', requestStart)
  if (requestEnd < 0) return undefined
  const statusStart = requestEnd + 2
  const status = Number(line.slice(statusStart, statusStart + 3))
  if (!(status >= 100 && status <= 599) || line.charCodeAt(statusStart + 3) !== 32) return undefined
  const referrerStart = line.indexOf(' "', statusStart + 4)
  if (referrerStart < 0) return undefined
  const referrerEnd = line.indexOf('" "', referrerStart + 2)
  if (referrerEnd < 0) return undefined
  const agentEnd = line.indexOf('"', referrerEnd + 3)
  if (agentEnd < 0) return undefined
  const methodEnd = line.indexOf(' ', requestStart)
  const hasMethod = methodEnd > requestStart && methodEnd < requestEnd
  const protocolStart = hasMethod ? line.lastIndexOf(' ', requestEnd) : -1
  return {
    ip: line.slice(0, ipEnd),
    time: line.slice(timeStart + 1, timeEnd),
    method: hasMethod ? line.slice(requestStart, methodEnd) : line.slice(requestStart, requestEnd),
    target: hasMethod
      ? line.slice(methodEnd + 1, protocolStart > methodEnd ? protocolStart : requestEnd)
      : '',
    status,
    referrer: line.slice(referrerStart + 2, referrerEnd),
    userAgent: line.slice(referrerEnd + 3, agentEnd),
  }
}
