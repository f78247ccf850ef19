import { describe, expect, inject, it } from 'vitest'
import { publishSite } from './support/publish'
import { body } from '../../../cms/tests/support/articles'
import { adminToken, cmsApiOk } from './support/cms-api'
import { readFeed } from './support/feeds'

const siteUrl = inject('siteUrl')

describe('an editor publishes through the REST API and the rebuilt site shows it', () => {
  it('appears on its page, in the news list and in the feeds; a draft does not', async () => {
    const token = await adminToken()
    const categories = await cmsApiOk('/categories?where[slug][equals]=oswiata&depth=0', { token })
    const category = categories.docs[0]
    const stamp = Date.now().toString(36)
    const article = {
      title: `Nowa świetlica w Żabiej Łące otwarta ${stamp}`,
      lead: 'Mieszkańcy Żabiej Łąki mają nową świetlicę z kuchnią i salą dla dzieci.',
      body: body('Świetlica jest czynna od poniedziałku do piątku.', '<script>alert(1)</script>'),
      author: 'Referat Promocji',
      categories: [category.id],
      _status: 'published',
    }
    const published = (await cmsApiOk('/articles', { method: 'POST', token, body: JSON.stringify(article) }))
      .doc
    expect(published.slug).toBe(`nowa-swietlica-w-zabiej-lace-otwarta-${stamp}`)
    const draft = (
      await cmsApiOk('/articles?draft=true', {
        method: 'POST',
        token,
        body: JSON.stringify({ ...article, title: `Szkic, nie publikować ${stamp}`, _status: 'draft' }),
      })
    ).doc

    // An incremental publish, as the CMS runs after a save: only what changed is rendered again.
    const release = await publishSite()
    expect(release.previousReleaseId).toBeDefined()
    expect(release.skipped).toEqual([])

    const page = await fetch(`${siteUrl}/aktualnosci/${published.slug}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(article.title)
    expect(html).toContain('Świetlica jest czynna')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)</script>')

    const list = await (await fetch(`${siteUrl}/aktualnosci/`)).text()
    expect(list).toContain(`/aktualnosci/${published.slug}/`)

    for (const feedUrl of [
      `${siteUrl}/aktualnosci/rss.xml`,
      `${siteUrl}/aktualnosci/kategoria/oswiata/rss.xml`,
    ]) {
      const { feed } = await readFeed(feedUrl)
      expect(feed.items.map((item) => item.title)).toContain(article.title)
    }
    expect((await fetch(`${siteUrl}/aktualnosci/${draft.slug}/`)).status).toBe(404)
    const { xml } = await readFeed(`${siteUrl}/rss.xml`)
    expect(xml).not.toContain(`Szkic, nie publikować ${stamp}`)
  })
})
