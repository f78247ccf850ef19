import type { Article, Event, NewsletterIssue, Periodical, SiteSettings } from '@ratusz/contract'
import { warsawDay } from '@ratusz/warsaw-time'
import type { ShareImage } from './share-image'

/** Structured data (schema.org, JSON-LD) that search engines read from a page. */
export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string } & Record<string, unknown>

const context = 'https://schema.org' as const

/**
 * The gmina as the publisher of a page (an article, an event, an issue): who it is, and its `@id`, under which the
 * home and contact pages describe it in full. Its address and contacts are left to those: they are in the
 * footer's contact region, which changes without the page's own content.
 */
export function organizationReference(settings: SiteSettings, site: URL | string, logo?: ShareImage): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': new URL('/#gmina', site).href,
    name: settings.gminaName,
    alternateName: settings.officeName,
    url: new URL('/', site).href,
    ...(logo ? { logo: logo.url } : {}),
  }
}

/** The gmina as the organisation behind the site: name, address, contacts, coat of arms, profiles. */
export function governmentOrganization(
  settings: SiteSettings,
  site: URL | string,
  logo?: ShareImage,
): JsonLd {
  const { address, contacts } = settings
  return {
    ...organizationReference(settings, site, logo),
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      postalCode: address.postalCode,
      addressLocality: address.city,
      addressCountry: 'PL',
    },
    telephone: contacts.phone,
    email: contacts.email,
    ...(contacts.fax ? { faxNumber: contacts.fax } : {}),
    ...(settings.social.length > 0 ? { sameAs: settings.social.map((link) => link.url) } : {}),
  }
}

/**
 * Who wrote an article: a person when the byline reads "Imię Nazwisko" (optionally ", function"), otherwise the
 * unit that signed it ("Referat Promocji Gminy").
 */
export function authorOf(byline: string): JsonLd {
  const person = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,\s*(.+))?$/u.exec(
    byline,
  )
  if (!person) return { '@type': 'Organization', name: byline }
  return { '@type': 'Person', name: person[1], ...(person[2] ? { jobTitle: person[2] } : {}) }
}

type PageFacts = { url: string; image?: ShareImage; publisher: JsonLd }

export function newsArticle(article: Article, { url, image, publisher }: PageFacts): JsonLd {
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.lead,
    url,
    mainEntityOfPage: url,
    inLanguage: 'pl',
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: authorOf(article.author),
    publisher,
    ...(image ? { image: [image.url] } : {}),
    ...(article.categories.length > 0 ? { articleSection: article.categories.map((c) => c.name) } : {}),
  }
}

const eventStatus = {
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const

/** An event at the occurrence its page shows (the next one of a repeating event); all-day events by date. */
export function eventData(
  event: Event,
  occurrence: { start: Date; end: Date },
  { url, image, publisher }: PageFacts,
): JsonLd {
  const when = (instant: Date) => (event.allDay ? warsawDay(instant) : instant.toISOString())
  const lastInstant = event.allDay ? new Date(occurrence.end.getTime() - 1) : occurrence.end
  const { place, organiser } = event
  const organiserName =
    organiser?.kind === 'area'
      ? organiser.area?.name
      : organiser?.kind === 'organisation'
        ? organiser.name
        : null
  return {
    '@context': context,
    '@type': 'Event',
    name: event.title,
    description: event.lead,
    url,
    inLanguage: 'pl',
    startDate: when(occurrence.start),
    ...(lastInstant.getTime() > occurrence.start.getTime() ? { endDate: when(lastInstant) } : {}),
    eventStatus: eventStatus[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: place.name,
      ...(place.address ? { address: place.address } : {}),
      ...(typeof place.latitude === 'number' && typeof place.longitude === 'number'
        ? { geo: { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude } }
        : {}),
    },
    organizer: organiserName
      ? {
          '@type': 'Organization',
          name: organiserName,
          ...(organiser?.website ? { url: organiser.website } : {}),
        }
      : publisher,
    ...(image ? { image: [image.url] } : {}),
    ...(event.price?.free ? { isAccessibleForFree: true } : {}),
  }
}

export function publicationIssue(
  periodical: Periodical,
  issue: NewsletterIssue,
  { url, image, publisher, title, pdfUrl }: PageFacts & { title: string; pdfUrl: string },
): JsonLd {
  return {
    '@context': context,
    '@type': 'PublicationIssue',
    name: title,
    issueNumber: issue.number,
    datePublished: issue.publishedOn,
    url,
    inLanguage: 'pl',
    isPartOf: {
      '@type': 'Periodical',
      name: periodical.title,
      ...(periodical.issn ? { issn: periodical.issn } : {}),
      publisher: { '@type': 'Organization', name: periodical.publisher },
    },
    publisher,
    ...(image ? { image: [image.url] } : {}),
    ...(issue.pageCount ? { numberOfPages: issue.pageCount } : {}),
    associatedMedia: {
      '@type': 'MediaObject',
      contentUrl: pdfUrl,
      encodingFormat: 'application/pdf',
      contentSize: `${issue.filesize} B`,
    },
  }
}

/** One step of a breadcrumb trail: its name and its path on the site. */
export type Crumb = { label: string; href: string }

/** A page's breadcrumb trail (home first, the page itself last) as a schema.org BreadcrumbList. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  }
}

/** A block of structured data as the text of a `<script type="application/ld+json">`, safe inside HTML. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify({ '@context': context, ...data })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}
