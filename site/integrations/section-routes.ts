import fs from 'node:fs'
import path from 'node:path'

/** A page or endpoint of a section: its URL pattern, as Astro would give the file under src/pages, and the file. */
export type SectionRoute = { pattern: string; entrypoint: string }

/** The files of a routes folder Astro would route: pages (`.astro`) and endpoints (`.ts`), tests left out. */
export function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(astro|ts)$/.test(file) && !/\.(test|d)\.ts$/.test(file))
    .sort()
}

/**
 * The URL pattern of a route file, by Astro's file-based routing: `aktualnosci/[slug].astro` is
 * `/aktualnosci/[slug]`, `bip/index.astro` is `/bip`, `komunikaty/rss.xml.ts` is `/komunikaty/rss.xml`.
 */
export function patternOf(file: string): string {
  const withoutExtension = file.replace(/\.(astro|ts)$/, '')
  const segments = withoutExtension.split('/')
  if (segments.at(-1) === 'index') segments.pop()
  return `/${segments.join('/')}`
}

/** Every route of one section's folder (`src/section-pages/<section>/`), mirroring its URLs. */
export function sectionRoutes(sectionDir: string): SectionRoute[] {
  return routeFiles(sectionDir).map((file) => ({
    pattern: patternOf(file),
    entrypoint: path.join(sectionDir, file),
  }))
}
