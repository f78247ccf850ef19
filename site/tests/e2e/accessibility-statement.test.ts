import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'

const STATEMENT = '/deklaracja-dostepnosci/'

/** Every HTML page of the built site, relative to its folder. */
const builtPages = (outDir: string): string[] =>
  fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))

/** The ids of template 2.0 that every statement has, and those it has where they apply (the demo has them). */
const REQUIRED_IDS = [
  'a11y-wstep',
  'a11y-podmiot',
  'a11y-url',
  'a11y-data-publikacja',
  'a11y-data-aktualizacja',
  'a11y-status',
  'a11y-zakres',
  'a11y-data-sporzadzenie',
  'a11y-kontakt',
  'a11y-osoba',
  'a11y-email',
  'a11y-telefon',
  'a11y-procedura',
  'a11y-architektura',
  'a11y-komunikacja',
  'a11y-data-przeglad',
]

describe('the accessibility statement (Deklaracja dostępności)', () => {
  const siteUrl = inject('siteUrl')
  const outDir = inject('siteOutDir')
  const browser = useChromium()

  it('is named in a meta tag and linked from the footer of every built page, BIP included', () => {
    const pages = builtPages(outDir)
    expect(pages.length).toBeGreaterThan(50)
    expect(pages.some((file) => file.startsWith('bip/dokument/'))).toBe(true)
    const absolute = new URL(STATEMENT, siteUrl).href
    const missing = pages.filter((file) => {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8')
      const meta = html.includes(`<meta name="deklaracja-dostępności" content="${absolute}">`)
      const footer = html.match(/<footer[\s\S]*<\/footer>/)?.[0] ?? ''
      return !meta || !footer.includes(`href="${STATEMENT}"`)
    })
    expect(missing).toEqual([])
  })

  it('has every element id of template 2.0 and its sections, from the CMS data', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/`)
    await page.locator('footer a', { hasText: 'Deklaracja dostępności' }).click()
    expect(new URL(page.url()).pathname).toBe(STATEMENT)
    expect(await page.locator('h1').allTextContents()).toEqual(['Deklaracja dostępności'])
    for (const id of REQUIRED_IDS) expect(await page.locator(`#${id}`).count(), id).toBe(1)

    const headings = await page.locator('main h2, main h3').allTextContents()
    for (const section of [
      'Stan dostępności cyfrowej',
      'Niedostępne treści',
      'Przygotowanie deklaracji',
      'Informacje zwrotne i dane kontaktowe',
      'Obsługa wniosków i skarg związanych z dostępnością',
      'Dostępność architektoniczna',
      'Dostępność komunikacyjno-informacyjna',
    ])
      expect(headings).toContain(section)

    await expect(page.locator('#a11y-podmiot').textContent()).resolves.toBe('Urząd Gminy Lipowa Wola')
    expect(await page.locator('#a11y-url').getAttribute('href')).toBe(new URL('/', siteUrl).href)
    expect(await page.locator('#a11y-status').textContent()).toMatch(/jest częściowo zgodna z ustawą/)
    await expect(page.locator('#a11y-data-publikacja').getAttribute('datetime')).resolves.toBe('2019-09-23')
    await expect(page.locator('#a11y-data-publikacja').textContent()).resolves.toBe('2019-09-23')
    expect(await page.locator('#a11y-email').getAttribute('href')).toBe(
      'mailto:dostepnosc@lipowawola.example.pl',
    )
    await expect(page.locator('#a11y-osoba').textContent()).resolves.toBe('Anna Kowalczyk')
    expect(await page.locator('a[href="https://bip.brpo.gov.pl/"]').count()).toBe(1)
    await expect(page.locator('#a11y-zakres').textContent()).resolves.toContain('nie mają warstwy tekstowej')
    expect(await page.locator('#a11y-komunikacja ~ p').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('polskiego języka migowego')]),
    )
  })
})
