/**
 * Benchmark: latency of the CMS REST API under load, as the public site's builder and other readers use it:
 * list and detail queries of articles and BIP documents, anonymous (published only), at 10 and 50 concurrent
 * clients, with autocannon over loopback. Starts the REST API on $BENCH_API_PORT itself (Payload's own REST
 * handler on a plain Node server; a production CMS serves the same handler through Next.js).
 *
 *   pnpm exec tsx scripts/bench/rest-latency.ts [--duration 10] (seconds per row)
 */
import autocannon from 'autocannon'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { machine } from './lib/bench-env'
import { percentile, printTable } from './lib/table'

const args = readArgs()
const duration = Math.min(60, numberArg(args, 'duration', 10))

type Query = { label: string; path: (id: number) => string }

/** Runs one query at `connections` concurrent clients for `duration` seconds; every response time is kept. */
const load = (url: string, query: Query, ids: number[], connections: number) =>
  new Promise<{ times: number[]; errors: number; non2xx: number; requests: number }>((resolve, reject) => {
    const times: number[] = []
    let next = 0
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        requests: [
          {
            setupRequest: (request) => {
              next = (next + 1) % ids.length
              return { ...request, path: query.path(ids[next]!) }
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({ times, errors: result.errors, non2xx: result.non2xx, requests: result.requests.total }),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })

const api = await startBenchApi()
const rows: (string | number)[][] = []
try {
  const idsOf = async (collection: string) =>
    (
      (await (await fetch(`${api.url}/api/${collection}?limit=200&depth=0&select[id]=true`)).json()) as {
        docs: { id: number }[]
      }
    ).docs.map((doc) => doc.id)
  const articleIds = await idsOf('articles')
  const bipIds = await idsOf('bip-documents')
  const queries: [Query, number[]][] = [
    [
      {
        label: 'articles list (10, depth 1)',
        path: () => '/api/articles?limit=10&sort=-publishedAt&depth=1',
      },
      [0],
    ],
    [{ label: 'article detail (depth 1)', path: (id) => `/api/articles/${id}?depth=1` }, articleIds],
    [
      {
        label: 'BIP list (10, depth 0)',
        path: () => '/api/bip-documents?limit=10&sort=-publishedAt&depth=0',
      },
      [0],
    ],
    [{ label: 'BIP document detail', path: (id) => `/api/bip-documents/${id}?depth=0` }, bipIds],
  ]
  console.log(`${machine()}; ${duration} s per row, loopback`)
  for (const connections of [10, 50]) {
    for (const [query, ids] of queries) {
      const result = await load(api.url, query, ids, connections)
      rows.push([
        query.label,
        connections,
        (result.requests / duration).toFixed(0),
        `${percentile(result.times, 0.5).toFixed(0)} ms`,
        `${percentile(result.times, 0.95).toFixed(0)} ms`,
        result.errors + result.non2xx,
      ])
    }
  }
} finally {
  await api.stop()
}
printTable(['query', 'clients', 'req/s', 'p50', 'p95', 'errors'], rows)
