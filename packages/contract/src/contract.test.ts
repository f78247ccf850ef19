import { describe, expect, it } from 'vitest'
import { article, category, media, siteSettings } from './index'

const at = '2025-06-14T16:00:00.000Z'

const image = {
  id: 3,
  alt: 'Nowa świetlica w Dębinie',
  url: '/api/media/file/swietlica.jpg',
  filename: 'swietlica.jpg',
  mimeType: 'image/jpeg',
  filesize: 120_000,
  width: 1600,
  height: 900,
  sizes: {
    thumbnail: {
      url: '/api/media/file/swietlica-400x225.webp',
      filename: 'swietlica-400x225.webp',
      mimeType: 'image/webp',
      filesize: 9000,
      width: 400,
      height: 225,
    },
    hero: { url: null, filename: null, mimeType: null, filesize: null, width: null, height: null },
  },
  createdAt: at,
  updatedAt: at,
}

const validArticle = {
  id: 12,
  title: 'Nowa świetlica',
  slug: 'nowa-swietlica',
  lead: 'Świetlica jest otwarta.',
  body: {
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst' }] }] },
  },
  cover: image,
  categories: [{ id: 1, name: 'Inwestycje', slug: 'inwestycje', createdAt: at, updatedAt: at }],
  areas: null,
  attachments: [],
  featured: null,
  author: 'Referat Promocji',
  publishedAt: at,
  _status: 'published',
  createdAt: at,
  updatedAt: at,
}

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? []

describe('the public contract', () => {
  it('accepts a published article as the REST API gives it, filling empty lists and flags', () => {
    const parsed = article.parse(validArticle)
    expect(parsed.areas).toEqual([])
    expect(parsed.featured).toBe(false)
    expect(parsed.cover?.sizes.hero).toBeNull()
    expect(parsed.cover?.sizes.thumbnail?.width).toBe(400)
  })

  it('refuses a draft', () => {
    expect(issuePaths(article.safeParse({ ...validArticle, _status: 'draft' }))).toEqual(['_status'])
  })

  it('requires alt text on an image unless it is decorative', () => {
    expect(issuePaths(media.safeParse({ ...image, alt: ' ' }))).toEqual(['alt'])
    expect(media.safeParse({ ...image, alt: null, decorative: true }).success).toBe(true)
    expect(issuePaths(article.safeParse({ ...validArticle, cover: { ...image, alt: '' } }))).toEqual([
      'cover.alt',
    ])
  })

  it('requires lower-case transliterated slugs', () => {
    const base = { id: 1, name: 'Żółta łąka', createdAt: at, updatedAt: at }
    expect(category.safeParse({ ...base, slug: 'zolta-laka' }).success).toBe(true)
    expect(issuePaths(category.safeParse({ ...base, slug: 'Żółta łąka' }))).toEqual(['slug'])
  })

  it('names the field of a bad date or a missing body', () => {
    const { body: _body, ...withoutBody } = validArticle
    expect(issuePaths(article.safeParse({ ...withoutBody, publishedAt: '14.06.2025' }))).toEqual([
      'body',
      'publishedAt',
    ])
  })

  it('checks the settings a resident relies on: postal code and e-mail', () => {
    const settings = {
      gminaName: 'Gmina Lipowa Wola',
      officeName: 'Urząd Gminy Lipowa Wola',
      address: { street: 'ul. Rynek 1', postalCode: '26123', city: 'Lipowa Wola' },
      contacts: { phone: '+48 41 123 45 67', email: 'sekretariat' },
    }
    expect(issuePaths(siteSettings.safeParse(settings))).toEqual(['address.postalCode', 'contacts.email'])
    const fixed = siteSettings.parse({
      ...settings,
      address: { ...settings.address, postalCode: '26-123' },
      contacts: { ...settings.contacts, email: 'sekretariat@lipowawola.example.pl' },
    })
    expect(fixed.officeHours).toEqual([])
    expect(fixed.social).toEqual([])
    expect(fixed.quickLinks).toEqual([])
    expect(fixed.departments).toEqual([])
  })

  it('takes a map address and quick links to paths on the site or to http(s) addresses only', () => {
    const settings = {
      gminaName: 'Gmina Lipowa Wola',
      officeName: 'Urząd Gminy Lipowa Wola',
      address: { street: 'ul. Rynek 1', postalCode: '26-123', city: 'Lipowa Wola', mapUrl: 'javascript:x' },
      contacts: { phone: '+48 41 123 45 67', email: 'sekretariat@lipowawola.example.pl' },
      quickLinks: [
        { label: 'Kontakt', url: '/kontakt/' },
        { label: 'E-BOI', url: 'https://eboi.lipowawola.example.pl/' },
        { label: 'Obcy', url: '//evil.example/' },
      ],
    }
    expect(issuePaths(siteSettings.safeParse(settings))).toEqual(['address.mapUrl', 'quickLinks.2.url'])
    const fixed = siteSettings.parse({
      ...settings,
      address: { ...settings.address, mapUrl: 'https://www.openstreetmap.org/?mlat=50.9&mlon=20.6' },
      quickLinks: settings.quickLinks.slice(0, 2),
    })
    expect(fixed.quickLinks.map((link) => link.url)).toEqual([
      '/kontakt/',
      'https://eboi.lipowawola.example.pl/',
    ])
  })
})
