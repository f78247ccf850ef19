/**
 * What the warm renderer tells the integrations that finish its output (the sitemap, the search index) about the
 * render they are finishing: the site has the very pages of the last build this process finished (none added, none
 * removed), and only `files` were rendered again; every other page is the file it was then, of the same version of
 * its own content (a page whose site-wide regions alone changed is spliced, not rendered: what is derived from its
 * own content holds). An integration may then keep what it derived from the other pages in that build, as long as
 * it kept it from that very build (its own memo of the last one). Undefined in an ordinary build, or when pages
 * were added or removed: everything is looked at.
 *
 * On `globalThis`: the integrations load this module through Vite, the renderer through Node.
 */
export type RenderedSince = { files: ReadonlySet<string> }

const RENDERED = Symbol.for('ratusz.site-build.rendered-since')
const memo = globalThis as { [RENDERED]?: RenderedSince }

/** Set by the warm renderer before it runs the integrations' `astro:build:done`, cleared (undefined) after. */
export function noteRenderedSince(rendered: RenderedSince | undefined): void {
  if (rendered) memo[RENDERED] = rendered
  else delete memo[RENDERED]
}

/** What the renderer noted for the build being finished (see above), or undefined. */
export const renderedSince = (): RenderedSince | undefined => memo[RENDERED]
