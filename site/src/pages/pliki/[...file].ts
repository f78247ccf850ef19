import type { GetStaticPaths } from 'astro'
import { documentFiles, serveCmsFile, staticFilePaths } from '../../lib/common/static-files'
import { loadArticles } from '../../lib/news/content'
import { loadAlerts } from '../../lib/alerts/load'
import { loadEvents } from '../../lib/events/content'

/** Every attachment of a published article, event or alert, copied from the CMS at build time. */
export const getStaticPaths = (async () => {
  const documents = (await loadArticles()).flatMap((article) => article.attachments)
  documents.push(...(await loadEvents()).flatMap((event) => event.attachments))
  documents.push(...(await loadAlerts()).flatMap((alert) => alert.attachments))
  return staticFilePaths(documentFiles(documents))
}) satisfies GetStaticPaths

export const GET = serveCmsFile
