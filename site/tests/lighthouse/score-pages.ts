import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { templates } from '../e2e/support/templates'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

export type PageScore = {
  name: string
  path: string
  scores: Record<Category, number>
  /** Audits that cost points: "category: title (score)". */
  findings: string[]
}

/** The pages Lighthouse scores: home and one of each content template, as the sitemap lists them. */
const SCORED = ['home', 'article', 'event', 'issue', 'BIP document']

/** Picks the scored pages from the served site's sitemap. */
export async function pagesToScore(siteUrl: string): Promise<{ name: string; path: string }[]> {
  const text = async (url: string) => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
    return response.text()
  }
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  const sitemaps = locations(await text(new URL('/sitemap-index.xml', siteUrl).href))
  // the sitemap names the origin the site was built for; read it where it is served
  const served = (url: string) => new URL(new URL(url).pathname, siteUrl).href
  const paths = (await Promise.all(sitemaps.map(async (sitemap) => locations(await text(served(sitemap))))))
    .flat()
    .map((url) => new URL(url).pathname)
  const pages: { name: string; path: string }[] = []
  for (const name of SCORED) {
    const pattern = templates.find((template) => template.name === name)!.pattern
    const candidates = paths.filter((candidate) => pattern.test(candidate))
    if (candidates.length === 0) throw new Error(`no "${name}" page in the sitemap of ${siteUrl}`)
    pages.push({ name, path: (await withImage(siteUrl, candidates.slice(0, 30))) ?? candidates[0]! })
  }
  return pages
}

/** The first page showing an image in its content (its largest paint is then the image, the harder case). */
async function withImage(siteUrl: string, paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    const html = await (await fetch(new URL(path, siteUrl))).text()
    if (/<main[\s\S]*<img[\s\S]*<\/main>/.test(html)) return path
  }
  return undefined
}

/**
 * Scores each page with Lighthouse's default (mobile, simulated throttling) configuration in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium), headless, one browser for all pages.
 */
export async function scorePages(
  siteUrl: string,
  pages: { name: string; path: string }[],
): Promise<PageScore[]> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  })
  try {
    const scores: PageScore[] = []
    for (const page of pages) {
      const result = await lighthouse(new URL(page.path, siteUrl).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`)
      const { categories, audits } = result.lhr
      const findings = CATEGORIES.flatMap((category) =>
        categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
          .map((ref) => audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${category}: ${audit.title} (${audit.displayValue ?? audit.score})`),
      )
      scores.push({
        ...page,
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((categories[category]!.score ?? 0) * 100)]),
        ) as Record<Category, number>,
        findings,
      })
    }
    return scores
  } finally {
    chrome.kill()
  }
}

/** A plain-text table: one row per page, one column per category, then what cost points. */
export function scoreTable(scores: PageScore[]): string {
  const rows = [
    ['page', 'path', ...CATEGORIES],
    ...scores.map((score) => [score.name, score.path, ...CATEGORIES.map((c) => String(score.scores[c]))]),
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
  const findings = scores.flatMap((score) => score.findings.map((finding) => `  ${score.name}: ${finding}`))
  return [...lines, ...(findings.length > 0 ? ['', 'Lost points:', ...findings] : [])].join('\n')
}
