import type { Article, NewsletterIssue, Periodical, SiteSettings } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { testEvent } from '../events/test-event'
import {
  authorOf,
  breadcrumbList,
  eventData,
  governmentOrganization,
  jsonLdText,
  newsArticle,
  organizationReference,
  publicationIssue,
} from './json-ld'

const at = '2025-06-14T16:00:00.000Z'
const site = 'https://lipowawola.example.pl'
const settings = {
  gminaName: 'Gmina Lipowa Wola',
  officeName: 'Urząd Gminy Lipowa Wola',
  address: { street: 'ul. Rynek 1', postalCode: '26-123', city: 'Lipowa Wola' },
  contacts: { phone: '+48 41 123 45 67', email: 'sekretariat@lipowawola.example.pl' },
  officeHours: [],
  eServices: {},
  social: [{ label: 'Facebook', url: 'https://www.facebook.com/gminalipowawola' }],
} as unknown as SiteSettings
const publisher = organizationReference(settings, site)
const image = {
  url: `${site}/media/a.jpg`,
  width: 1600,
  height: 900,
  type: 'image/jpeg',
  alt: 'A',
  large: true,
}

describe('JSON-LD', () => {
  it('describes the gmina as a government organisation with its address and profiles', () => {
    expect(governmentOrganization(settings, site, image)).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': 'https://lipowawola.example.pl/#gmina',
      name: 'Gmina Lipowa Wola',
      alternateName: 'Urząd Gminy Lipowa Wola',
      url: 'https://lipowawola.example.pl/',
      logo: `${site}/media/a.jpg`,
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'ul. Rynek 1',
        postalCode: '26-123',
        addressLocality: 'Lipowa Wola',
        addressCountry: 'PL',
      },
      telephone: '+48 41 123 45 67',
      email: 'sekretariat@lipowawola.example.pl',
      sameAs: ['https://www.facebook.com/gminalipowawola'],
    })
  })

  it('names the gmina as a publisher by reference to its full description, without its contacts', () => {
    const reference = organizationReference(settings, site, image)
    expect(reference).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': governmentOrganization(settings, site)['@id'],
      name: 'Gmina Lipowa Wola',
      alternateName: 'Urząd Gminy Lipowa Wola',
      url: 'https://lipowawola.example.pl/',
      logo: `${site}/media/a.jpg`,
    })
  })

  it('tells a person from an office in a byline', () => {
    expect(authorOf('Anna Kowalczyk, Referat Promocji')).toEqual({
      '@type': 'Person',
      name: 'Anna Kowalczyk',
      jobTitle: 'Referat Promocji',
    })
    expect(authorOf('Joanna Nowak-Wiśniewska')).toEqual({
      '@type': 'Person',
      name: 'Joanna Nowak-Wiśniewska',
    })
    expect(authorOf('Referat Promocji Gminy')).toEqual({
      '@type': 'Organization',
      name: 'Referat Promocji Gminy',
    })
  })

  it('makes a NewsArticle with the properties search engines require', () => {
    const article = {
      title: 'Dożynki',
      lead: 'Zapraszamy.',
      slug: 'dozynki',
      author: 'Referat Promocji Gminy',
      publishedAt: at,
      updatedAt: '2025-06-15T08:00:00.000Z',
      categories: [{ name: 'Kultura' }],
    } as unknown as Article
    const data = newsArticle(article, { url: `${site}/aktualnosci/dozynki/`, image, publisher })
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Dożynki',
      datePublished: at,
      dateModified: '2025-06-15T08:00:00.000Z',
      image: [`${site}/media/a.jpg`],
      publisher: { '@type': 'GovernmentOrganization', name: 'Gmina Lipowa Wola' },
      articleSection: ['Kultura'],
    })
    const long = newsArticle({ ...article, title: 'x'.repeat(200) }, { url: site, publisher })
    expect((long.headline as string).length).toBe(110)
    expect(long).not.toHaveProperty('image')
  })

  it('makes an Event at the shown occurrence, all-day events by their Warsaw dates, with its status', () => {
    const timed = eventData(
      testEvent({ status: 'cancelled' }),
      { start: new Date('2025-03-20T17:00:00.000Z'), end: new Date('2025-03-20T18:30:00.000Z') },
      { url: `${site}/wydarzenia/proba-choru/`, publisher },
    )
    expect(timed).toMatchObject({
      '@type': 'Event',
      name: 'Próba chóru',
      startDate: '2025-03-20T17:00:00.000Z',
      endDate: '2025-03-20T18:30:00.000Z',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'Place', name: 'Gminny Ośrodek Kultury', address: 'ul. Parkowa 1, Lipowa Wola' },
      organizer: { '@type': 'GovernmentOrganization' },
    })
    const allDay = eventData(
      testEvent({ allDay: true }),
      { start: new Date('2025-06-13T22:00:00.000Z'), end: new Date('2025-06-15T22:00:00.000Z') },
      { url: site, publisher },
    )
    expect(allDay).toMatchObject({ startDate: '2025-06-14', endDate: '2025-06-15' })
  })

  it('makes a PublicationIssue that is part of its periodical, with the PDF', () => {
    const periodical = { title: 'Informator', issn: '1234-5678', publisher: 'Urząd Gminy' } as Periodical
    const issue = { number: '3/2024', publishedOn: at, pageCount: 24, filesize: 4_200_000 } as NewsletterIssue
    const data = publicationIssue(periodical, issue, {
      url: `${site}/informator/informator/2024/3-2024/`,
      publisher,
      title: 'Informator nr 3/2024',
      pdfUrl: `${site}/informator/pliki/3-2024.pdf`,
    })
    expect(data).toMatchObject({
      '@type': 'PublicationIssue',
      issueNumber: '3/2024',
      datePublished: at,
      numberOfPages: 24,
      isPartOf: { '@type': 'Periodical', name: 'Informator', issn: '1234-5678' },
      associatedMedia: {
        contentUrl: `${site}/informator/pliki/3-2024.pdf`,
        encodingFormat: 'application/pdf',
      },
    })
  })

  it('writes JSON that cannot close its script element', () => {
    const text = jsonLdText({ '@type': 'Thing', name: '</script><script>alert(1)</script> & co' })
    expect(text).not.toMatch(/[<>&]/)
    expect(JSON.parse(text)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: '</script><script>alert(1)</script> & co',
    })
  })
})

describe('breadcrumbList', () => {
  it('numbers the trail from the home page to the page itself, with absolute URLs', () => {
    expect(
      breadcrumbList(
        [
          { label: 'Strona główna', href: '/' },
          { label: 'Aktualności', href: '/aktualnosci/' },
          { label: 'Nowy chodnik', href: '/aktualnosci/nowy-chodnik/' },
        ],
        site,
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Strona główna', item: `${site}/` },
        { '@type': 'ListItem', position: 2, name: 'Aktualności', item: `${site}/aktualnosci/` },
        { '@type': 'ListItem', position: 3, name: 'Nowy chodnik', item: `${site}/aktualnosci/nowy-chodnik/` },
      ],
    })
  })
})
