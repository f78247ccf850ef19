import { inject, it } from 'vitest'
import { useChromium } from './support/browser'
const browser = useChromium()
it('shots', async () => {
  const siteUrl = inject('siteUrl')
  for (const width of [390, 1280]) {
    const page = await browser().newPage({ viewport: { width, height: 900 } })
    for (const [name, path] of [['home', '/'], ['kontakt', '/kontakt/'], ['area', '/obszary/debina/'], ['news', '/aktualnosci/'], ['event', '/wydarzenia/gimnastyka-dla-seniorow/'], ['arch', '/komunikaty/archiwum/']]) {
      await page.goto(`${siteUrl}${path}`)
      await page.screenshot({ path: `/tmp/reach-shot-${name}-${width}.png`, fullPage: true })
    }
    await page.close()
  }
}, 120000)
