/**
 * A load generator in a process of its own (spawned by `loadInChild`), so that its work does not share an event
 * loop with the server it measures. It reads one JSON `LoadSpec` from its first argument and prints one JSON
 * `LoadResult` line: every response time and each status's count.
 *
 * - With `overallRate`: an open model, as many independent residents are. Request n is sent at start + n/rate,
 *   whether or not earlier answers came back, and its time is counted from that moment (a late send counts
 *   against the server, not hidden: no coordinated omission). autocannon's `overallRate` is not used for this:
 *   it sends each second's requests in a burst at the second's start.
 * - Without it: autocannon's closed loop, `connections` clients each sending as soon as its answer came.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import type { LoadResult, LoadSpec } from './load-in-child'
import { signUpRequest } from './sign-up-request'

const spec = JSON.parse(process.argv[2]!) as LoadSpec

const openModel = async (rate: number): Promise<LoadResult> => {
  const times: number[] = []
  const statuses: Record<string, number> = {}
  const count = (status: string) => (statuses[status] = (statuses[status] ?? 0) + 1)
  const total = Math.round(rate * spec.duration)
  const started = performance.now()
  const answers: Promise<void>[] = []
  for (let n = 1; n <= total; n += 1) {
    const due = started + ((n - 1) * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    const request = spec.signUps ? signUpRequest(n, spec.signUps.secret) : { body: undefined, headers: {} }
    answers.push(
      fetch(spec.url, { method: spec.method ?? 'GET', body: request.body, headers: request.headers })
        .then(async (response) => {
          await response.arrayBuffer()
          times.push(performance.now() - due)
          count(String(response.status))
        })
        .catch(() => {
          count('error')
        }),
    )
  }
  await Promise.all(answers)
  return { times, statuses, requests: total }
}

const closedLoop = () =>
  new Promise<LoadResult>((resolve, reject) => {
    const times: number[] = []
    const statuses: Record<string, number> = {}
    const instance = autocannon(
      { url: spec.url, method: spec.method ?? 'GET', connections: spec.connections, duration: spec.duration },
      (error, result) =>
        error ? reject(error) : resolve({ times, statuses, requests: result.requests.total }),
    )
    instance.on('response', (_client, status, _bytes, time) => {
      times.push(time)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
  })

const result = spec.overallRate ? await openModel(spec.overallRate) : await closedLoop()
process.stdout.write(`${JSON.stringify(result)}\n`)
process.exit(0)
