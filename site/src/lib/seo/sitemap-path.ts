/**
 * Where crawlers find the sitemap: robots.txt names it, and the sitemap integration writes it as a copy of the
 * sitemap's index (`/sitemap-index.xml`, which stays too).
 */
export const SITEMAP_PATH = '/sitemap.xml'
