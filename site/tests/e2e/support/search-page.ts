import type { Page } from 'playwright-core'
import { expect, inject } from 'vitest'

export type Result = { href: string; title: string; section: string; excerpt: string }

/**
 * Opens /szukaj/ with the query, waits for the search to finish and reads the results: every page of them, or
 * the first page only (`firstPage`).
 */
export const search = async (
  page: Page,
  query: string,
  { firstPage = false } = {},
): Promise<{ status: string; results: Result[] }> => {
  await page.goto(`${inject('siteUrl')}/szukaj/?${query}`)
  const status = page.locator('[data-search-status]')
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^(Znaleziono|Nic nie|Wpisz)/)
  const more = page.locator('[data-search-more]')
  while (!firstPage && (await more.isVisible())) {
    const shown = await page.locator('[data-search-results] > li').count()
    await more.click()
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(shown)
  }
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: item.querySelector('h2 a')?.textContent ?? '',
      section: item.querySelector('.meta')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.innerHTML ?? '',
    })),
  )
  return { status: (await status.textContent()) ?? '', results }
}
