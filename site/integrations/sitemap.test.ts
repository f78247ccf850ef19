import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pageModifiedTime } from './sitemap'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-sitemap-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const page = (name: string, html: string) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, html)
  return file
}
const meta = '<meta property="article:modified_time" content="2025-06-15T08:00:00.000Z" />'

describe("an article page's lastmod", () => {
  it("is the page's article:modified_time", async () => {
    expect(await pageModifiedTime(page('a.html', `<html><head>${meta}</head><body></body></html>`))).toBe(
      '2025-06-15T08:00:00.000Z',
    )
  })

  it('is found after a long head (inlined styles)', async () => {
    const styles = `<style>${'a{color:red}'.repeat(5000)}</style>`
    expect(await pageModifiedTime(page('b.html', `<html><head>${styles}${meta}</head></html>`))).toBe(
      '2025-06-15T08:00:00.000Z',
    )
  })

  it('is missing for a page without one, or no page', async () => {
    expect(await pageModifiedTime(page('c.html', `<html><head></head><body>${meta}</body></html>`))).toBe(
      undefined,
    )
    expect(await pageModifiedTime(path.join(dir, 'none.html'))).toBe(undefined)
  })
})
