import fs from 'node:fs'
import path from 'node:path'

/** A small deterministic generator (mulberry32): the same log for the same seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
]
const BOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
  'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
  'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
  'python-requests/2.32.3',
  'curl/8.5.0',
]
const FEED_READERS = [
  'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 7 subscribers; )',
  'Google-Calendar-Importer',
]
const REFERRERS = [
  'https://www.google.com/',
  'https://www.google.pl/',
  'https://m.facebook.com/',
  'https://www.bing.com/',
  'android-app://com.google.android.gm/',
]
const ASSETS = [
  '/_astro/index.B7xk2.css',
  '/_astro/page.Dk3a9.js',
  '/_astro/herb.C2s1.webp',
  '/favicon.svg',
  '/_astro/inter-latin.woff2',
]
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const pages = (pick: () => number): string => {
  const roll = pick()
  if (roll < 0.25) return '/'
  if (roll < 0.55) return `/aktualnosci/wiadomosc-${Math.floor(pick() * 800)}/`
  if (roll < 0.8)
    return `/bip/${['uchwaly', 'zarzadzenia', 'przetargi', 'ogloszenia'][Math.floor(pick() * 4)]}/dokument-${Math.floor(pick() * 3000)}/`
  if (roll < 0.9) return `/wydarzenia/wydarzenie-${Math.floor(pick() * 300)}/`
  if (roll < 0.97)
    return `/informator/wiesci-z-gminy/2026-${String(1 + Math.floor(pick() * 11)).padStart(2, '0')}/`
  return `/aktualno%C5%9Bci/szko%C5%82a-${Math.floor(pick() * 50)}/`
}

const two = (value: number) => String(value).padStart(2, '0')
const stamp = (ms: number) => {
  // logged in Warsaw winter time (+0100), as a server in Poland writes $time_local
  const d = new Date(ms + 3_600_000)
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0100`
}

/**
 * Writes a realistic access log of `lines` lines over `days` days ending on `lastDay` (nginx `combined`, in time
 * order): residents' visits (pages with their assets, some 304 revalidations, redirects, 404s, PDFs, HEAD), search
 * engines' and scrapers' crawls, feed readers and calendar apps. Returns the file's size in bytes.
 */
export const generateAccessLog = (
  file: string,
  lines: number,
  days: number,
  lastDay = '2026-11-29',
  seed = 20,
): number => {
  const pick = random(seed)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const out = fs.openSync(file, 'w')
  const perDay = Math.ceil(lines / days)
  const start = Date.parse(`${lastDay}T00:00:00+01:00`) - (days - 1) * 86_400_000
  let written = 0
  let buffer: string[] = []
  const flush = () => {
    fs.writeSync(out, buffer.join(''))
    buffer = []
  }
  for (let day = 0; day < days && written < lines; day++) {
    const events: [number, string][] = []
    const dayStart = start + day * 86_400_000
    const push = (
      ms: number,
      ip: string,
      request: string,
      status: number,
      bytes: number,
      referrer: string,
      agent: string,
    ) =>
      events.push([
        ms,
        `${ip} - - [${stamp(ms)}] "${request} HTTP/2.0" ${status} ${bytes} "${referrer}" "${agent}"\n`,
      ])
    while (events.length < perDay && written + events.length < lines) {
      const roll = pick()
      const at = dayStart + Math.floor(pick() * 86_400_000)
      if (roll < 0.25) {
        // a crawler: pages only
        const agent = BOTS[Math.floor(pick() * BOTS.length)]!
        const ip = `66.249.${Math.floor(pick() * 80)}.${Math.floor(pick() * 250)}`
        for (let n = 0; n < 5; n++)
          push(at + n * 2000, ip, `GET ${pages(pick)}`, pick() < 0.9 ? 200 : 404, 18000, '-', agent)
      } else if (roll < 0.28) {
        const agent = FEED_READERS[Math.floor(pick() * FEED_READERS.length)]!
        const target = agent.startsWith('Feedly') ? '/aktualnosci/rss.xml' : '/wydarzenia/kalendarz.ics'
        push(
          at,
          `52.${Math.floor(pick() * 250)}.3.4`,
          `GET ${target}`,
          pick() < 0.6 ? 304 : 200,
          4000,
          '-',
          agent,
        )
      } else {
        // a resident's visit: 1–6 pages, each with its assets the first time
        const ip = `83.${Math.floor(pick() * 40)}.${Math.floor(pick() * 250)}.${Math.floor(pick() * 250)}`
        const agent = BROWSERS[Math.floor(pick() * BROWSERS.length)]!
        let referrer = pick() < 0.4 ? REFERRERS[Math.floor(pick() * REFERRERS.length)]! : '-'
        const count = 1 + Math.floor(pick() * 6)
        let ms = at
        for (let n = 0; n < count; n++) {
          const page = pages(pick)
          const kind = pick()
          if (kind < 0.05) push(ms, ip, `GET ${page.replace(/\/$/, '')}`, 301, 0, referrer, agent)
          else if (kind < 0.1) push(ms, ip, `GET ${page}`, 304, 0, referrer, agent)
          else if (kind < 0.12)
            push(ms, ip, `GET /nie-ma-${Math.floor(pick() * 100)}/`, 404, 3000, referrer, agent)
          else if (kind < 0.13) push(ms, ip, `HEAD ${page}`, 200, 0, '-', agent)
          else {
            const query = pick() < 0.1 ? '?utm_source=fb' : ''
            push(ms, ip, `GET ${page}${query}`, 200, 21000, referrer, agent)
            if (n === 0)
              for (const asset of ASSETS)
                push(ms + 150, ip, `GET ${asset}`, 200, 30000, `https://gmina.example${page}`, agent)
            if (pick() < 0.08)
              push(
                ms + 5000,
                ip,
                `GET /bip/pliki/uchwala-${Math.floor(pick() * 500)}.pdf`,
                200,
                250000,
                `https://gmina.example${page}`,
                agent,
              )
          }
          referrer = `https://gmina.example${page}`
          ms += 5000 + Math.floor(pick() * 60_000)
        }
      }
    }
    events.sort((a, b) => a[0] - b[0])
    for (const [, line] of events) {
      buffer.push(line)
      if (buffer.length >= 10_000) flush()
    }
    written += events.length
  }
  // one line nginx could not read, as real logs have
  buffer.push('45.9.1.2 - - [29/Nov/2026:23:59:59 +0100] "\\x16\\x03\\x01" 400 157 "-" "-"\n')
  flush()
  fs.closeSync(out)
  return fs.statSync(file).size
}
