import type { APIRoute } from 'astro'
import { loadSettings } from '../../../lib/common/settings'
import { feedResponse } from '../../../lib/common/feed-response'
import { loadBipDocuments } from '../../../lib/bip/content'
import { buildBipDocumentsFeed } from '../../../lib/bip/feeds'

export const GET: APIRoute = async ({ site }) => {
  const [settings, documents] = await Promise.all([loadSettings(), loadBipDocuments()])
  return feedResponse(buildBipDocumentsFeed({ site: site!, gminaName: settings.gminaName, documents }))
}
