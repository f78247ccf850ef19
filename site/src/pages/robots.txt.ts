import type { APIRoute } from 'astro'
import { SITEMAP_PATH } from '../lib/seo/sitemap-path'

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
