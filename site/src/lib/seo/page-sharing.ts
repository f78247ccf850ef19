import type { Article, Event, NewsletterIssue, Periodical, SiteSettings } from '@ratusz/contract'
import { coverOf } from '../../lib/periodicals/content'
import { coverFileUrl, issuePdfUrl, issueUrl } from '../../lib/periodicals/urls'
import { eventUrl } from '../events/urls'
import { absoluteUrl } from '../common/urls'
import { articleUrl } from '../news/urls'
import {
  eventData,
  governmentOrganization,
  newsArticle,
  organizationReference,
  publicationIssue,
  type JsonLd,
} from './json-ld'
import { shareImage, type ShareImage } from './share-image'

/** What BaseLayout needs to make a page shareable: its image and its structured data. */
type Sharing = { image?: ShareImage; jsonLd: JsonLd }

const logoOf = (settings: SiteSettings, site: URL | string) =>
  settings.coatOfArms ? shareImage(settings.coatOfArms, site) : undefined

/** The gmina as a page's publisher: a reference to its full description on the home page. */
const gmina = (settings: SiteSettings, site: URL | string): JsonLd =>
  organizationReference(settings, site, logoOf(settings, site))

/** The home page (and the contact page): the gmina itself, in full. */
export function homeSharing(settings: SiteSettings, site: URL | string): Sharing {
  return {
    jsonLd: {
      '@context': 'https://schema.org',
      ...governmentOrganization(settings, site, logoOf(settings, site)),
    },
  }
}

export function articleSharing(article: Article, settings: SiteSettings, site: URL | string): Sharing {
  const image = article.cover ? shareImage(article.cover, site) : undefined
  const url = absoluteUrl(articleUrl(article.slug), site)
  return { image, jsonLd: newsArticle(article, { url, image, publisher: gmina(settings, site) }) }
}

export function eventSharing(
  event: Event,
  occurrence: { start: Date; end: Date },
  settings: SiteSettings,
  site: URL | string,
): Sharing {
  const image = event.image ? shareImage(event.image, site) : undefined
  const url = absoluteUrl(eventUrl(event.slug), site)
  return { image, jsonLd: eventData(event, occurrence, { url, image, publisher: gmina(settings, site) }) }
}

export function issueSharing(
  periodical: Periodical,
  issue: NewsletterIssue,
  title: string,
  settings: SiteSettings,
  site: URL | string,
): Sharing {
  const cover = coverOf(issue)
  const image = cover ? shareImage(cover, site, coverFileUrl) : undefined
  return {
    image,
    jsonLd: publicationIssue(periodical, issue, {
      url: absoluteUrl(issueUrl(periodical, issue), site),
      image,
      publisher: gmina(settings, site),
      title,
      pdfUrl: absoluteUrl(issuePdfUrl(issue), site),
    }),
  }
}
