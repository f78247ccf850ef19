import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { noteWritten, readKeptJson, removeFromOutput, writeKeptJson } from '@ratusz/site-build'
import { withoutRegions } from '@ratusz/site-build/regions'
import { createIndex } from 'pagefind'
import { linkOrCopy, sameFile } from './cached-files'
import { MAIN_PART, searchPartOf } from './search-parts'
import { readSearchPage } from './search-page'
import { countWords, VOCABULARY_FILE, vocabularyJson } from './search-vocabulary'

/** Where the index is written inside the built site; the search page loads `/pagefind/pagefind.js`. */
export const PAGEFIND_FOLDER = 'pagefind'
/** The other parts' bundles, below the main one: /pagefind/czesci/<part>/. */
const PARTS_FOLDER = 'czesci'
/** The list of the other parts the search page merges into the main one. */
const PARTS_LIST = 'czesci.json'

type SearchIndexOptions = {
  /** The built site. */
  outDir: string
  /** Its HTML pages, as files below outDir (`aktualnosci/dozynki/index.html`); asked for only when needed. */
  pages: () => readonly string[]
  /** Kept between builds: each part's bundle and what it was made from. */
  cacheDir: string
  /** The version of each page whose content Astro's incremental build can vouch for (readPageVersions). */
  pageVersions: ReadonlyMap<string, string>
  /**
   * The last build's index in this process (the `indexed` of its result), with the pages rendered again since:
   * when the site has the same pages as then (the warm renderer's `renderedSince`), the parts with none of them
   * keep their signature without their pages being looked at.
   */
  since?: { last: IndexedSite; rendered: ReadonlySet<string> }
}

/** What a build worked out of each part: its pages, its signature, and whether each page is searchable. */
export type IndexedSite = {
  parts: Map<string, { files: string[]; signature: string; searchable: Searchable }>
}

type SearchIndexResult = { parts: number; reindexed: string[]; pagesIndexed: number; indexed: IndexedSite }

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`)
}

/** What a part's bundle holds; a change re-indexes every part (2: with its vocabulary; 3: titles weighted). */
const BUNDLE_FORMAT = 3

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('base64url')

/**
 * Puts a part's bundle into the site (`outDir`) as hard links (copies across file systems): a bundle in the cache
 * is never changed in place, only replaced as a whole, so a release that links to it keeps its own version.
 */
const linkTree = (outDir: string, from: string, to: string) => {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(to, path.relative(from, source))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    linkOrCopy(source, target)
    noteWritten(outDir, target)
  }
}

/** A file every Pagefind bundle has: the same file (inode) in the site and the cache means the same bundle. */
const BUNDLE_ENTRY = 'pagefind-entry.json'

/**
 * Puts a part's bundle at `to` in the site, unless the bundle there is already the very one in the cache (a build
 * into a hardlink clone of the last release, whose part was not indexed again): then its thousands of files stay.
 * Otherwise what is at `to` goes (but the entries named in `keep`) and the bundle is linked in.
 */
const placeBundle = (outDir: string, from: string, to: string, keep: readonly string[] = []) => {
  if (sameFile(path.join(from, BUNDLE_ENTRY), path.join(to, BUNDLE_ENTRY))) return
  for (const name of fs.existsSync(to) ? fs.readdirSync(to) : []) {
    if (!keep.includes(name)) removeFromOutput(outDir, path.join(to, name))
  }
  linkTree(outDir, from, to)
}

/**
 * How much a page's title counts against its other words (Pagefind's weights run to 10; text counts 1). The
 * indexed pages render their title as the first, bare `<h1>` of their `data-pagefind-body` element; the weight is
 * added to what Pagefind reads only, not to the page served.
 */
const TITLE_WEIGHT = 10
const weightTitle = (html: string) => html.replace('<h1>', `<h1 data-pagefind-weight="${TITLE_WEIGHT}">`)

const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`

/**
 * What was sent to Pagefind of the pages of the parts indexed lately, by file, while the page is of the same version
 * (of its own content: its body is then the same): a part indexed again for one changed page reads that page, not
 * its 200 others (the warm renderer's publish of an article, 0.15 s). Only pages cut to their bodies (what Pagefind
 * is given is then inside them, never a site-wide region); the most recent KEPT_PAGES.
 */
const sentPages = new Map<string, { version: string; text: string; document: string }>()
const KEPT_PAGES = 2_500

/** A page as Pagefind is given it and its indexed text; undefined for a page that is not indexed. */
const searchPageOf = (outDir: string, file: string, version: string | undefined) => {
  const sent = version === undefined ? undefined : sentPages.get(file)
  if (sent !== undefined && sent.version === version) {
    // the most recent last
    sentPages.delete(file)
    sentPages.set(file, sent)
    return sent
  }
  const content = fs.readFileSync(path.join(outDir, file), 'utf8')
  // Pagefind would index whole pages if a part had none marked; only the marked ones are searchable.
  if (!content.includes('data-pagefind-body')) return undefined
  const page = readSearchPage(content)
  if (version !== undefined && page.document !== content) {
    sentPages.delete(file)
    sentPages.set(file, { version, ...page })
    if (sentPages.size > KEPT_PAGES) sentPages.delete(sentPages.keys().next().value!)
  }
  return page
}

/**
 * Indexes the pages of one part that are marked `data-pagefind-body` into a Pagefind bundle at `folder`, with the
 * part's words beside it (VOCABULARY_FILE) for the search page's suggestions.
 */
async function indexPart(
  outDir: string,
  files: readonly string[],
  folder: string,
  pageVersions: ReadonlyMap<string, string>,
): Promise<number> {
  const created = await createIndex({})
  if (!created.index) return fail('start', created.errors)
  const { index } = created
  const words = new Map<string, number>()
  const adding: Promise<void>[] = []
  for (const file of files) {
    const page = searchPageOf(outDir, file, pageVersions.get(file))
    if (!page) continue
    countWords(page.text, words)
    // Sent without waiting for the answer: Pagefind's service takes its requests one by one in the order sent (the
    // pages' order in the bundle), and a part's 200 pages need not wait 200 round trips (half its time).
    adding.push(
      index.addHTMLFile({ url: urlOf(file), content: weightTitle(page.document) }).then((added) => {
        if (added.errors.length > 0) fail(`index ${file}`, added.errors)
      }),
    )
  }
  await Promise.all(adding)
  const staging = `${folder}.new`
  fs.rmSync(staging, { recursive: true, force: true })
  const written = await index.writeFiles({ outputPath: staging })
  if (written.errors.length > 0) fail('write the index', written.errors)
  fs.writeFileSync(path.join(staging, VOCABULARY_FILE), vocabularyJson(words))
  await index.deleteIndex()
  fs.rmSync(folder, { recursive: true, force: true })
  fs.renameSync(staging, folder)
  return adding.length
}

type PartsState = Record<string, { signature: string; pages: number }>

/** Whether each page of a version is searchable (`data-pagefind-body`), by file. */
type Searchable = Record<string, [version: string, searchable: boolean]>
/**
 * What is kept between builds, by part: a part whose pages all keep their versions keeps its record as it was.
 * (Earlier builds kept one record of all pages: not read, each page is then read once.)
 */
type KeptSearchable = { byPart?: Record<string, Searchable> }

/**
 * What a page adds to its part's signature: nothing unless it is searchable (pages without `data-pagefind-body`,
 * such as the lists, the register or the home page, are not in the index: a new BIP document shifts hundreds of
 * register pages, which must not re-index the parts they fall into); then its version when Astro's incremental
 * build has one (of its own content: see readPageVersions' `ownContent`), else its content without the site-wide
 * regions (the alerts banner, never indexed). Whether a page of a version is searchable is read from its file once
 * and kept in `searchable` (from `known`, the last build's record of the page's part).
 */
const pageSignature = (
  outDir: string,
  file: string,
  pageVersions: ReadonlyMap<string, string>,
  known: Searchable | undefined,
  searchable: Searchable,
): string[] => {
  const version = pageVersions.get(file)
  if (version === undefined) {
    const content = fs.readFileSync(path.join(outDir, file))
    return content.includes('data-pagefind-body') ? [file, sha1(withoutRegions(content))] : []
  }
  const kept = known?.[file]
  const indexed =
    kept?.[0] === version ? kept[1] : fs.readFileSync(path.join(outDir, file)).includes('data-pagefind-body')
  searchable[file] = [version, indexed]
  return indexed ? [file, version] : []
}

const readJson = <T>(file: string, fallback: T): T => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/**
 * Indexes the built site for `/szukaj/` in parts (see search-parts.ts): a part whose pages are the same as when
 * its bundle in the cache was made (see pageSignature) keeps
 * that bundle, the others are indexed again. Then every part's bundle is linked into the site (where the site
 * folder already holds that very bundle, it stays).
 */
export async function writeSearchIndex({
  outDir,
  pages,
  cacheDir,
  pageVersions,
  since,
}: SearchIndexOptions): Promise<SearchIndexResult> {
  /** The parts holding a page rendered again since the last build: only theirs are looked at when it is kept. */
  const touched = new Set(
    [...(since?.rendered ?? [])].filter((file) => file.endsWith('.html')).map((file) => searchPartOf(file)),
  )
  let byPart: Map<string, string[]>
  if (since) byPart = new Map([...since.last.parts].map(([part, { files }]) => [part, files]))
  else {
    byPart = new Map<string, string[]>([[MAIN_PART, []]])
    for (const file of [...pages()].sort()) {
      const part = searchPartOf(file)
      const files = byPart.get(part)
      if (files) files.push(file)
      else byPart.set(part, [file])
    }
  }
  const stateFile = path.join(cacheDir, 'parts.json')
  // no parts yet: all are indexed
  const previous = readJson<PartsState>(stateFile, {})
  const searchableFile = path.join(cacheDir, 'searchable.json')
  const known = readKeptJson<KeptSearchable>(searchableFile, {}).byPart ?? {}
  const indexed: IndexedSite = { parts: new Map() }
  fs.mkdirSync(cacheDir, { recursive: true })
  const next: PartsState = {}
  const reindexed: string[] = []
  let pagesIndexed = 0
  // Pagefind's service process is left running, never closed: it holds no index between parts (each is deleted
  // once written) and lets the process exit while idle, so a build still ends; the warm renderer, which indexes
  // at every publish, saves the service's start (0.3–0.4 s a publish).
  for (const [part, files] of byPart) {
    const last = since?.last.parts.get(part)
    let searchable: Searchable
    let signature: string
    if (last && !touched.has(part)) ({ searchable, signature } = last)
    else {
      searchable = {}
      signature = sha1(
        JSON.stringify([
          BUNDLE_FORMAT,
          ...files.flatMap((file) => pageSignature(outDir, file, pageVersions, known[part], searchable)),
        ]),
      )
    }
    indexed.parts.set(part, { files, signature, searchable })
    const folder = path.join(cacheDir, part)
    const kept = previous[part]
    if (kept?.signature === signature && fs.existsSync(folder)) {
      next[part] = kept
      continue
    }
    // a changed part forgets its old state first: a failure below leaves it to be indexed again next time
    delete previous[part]
    fs.writeFileSync(stateFile, JSON.stringify(previous))
    const pages = await indexPart(outDir, files, folder, pageVersions)
    next[part] = { signature, pages }
    reindexed.push(part)
    pagesIndexed += pages
  }
  for (const part of Object.keys(previous)) {
    if (!next[part]) fs.rmSync(path.join(cacheDir, part), { recursive: true, force: true })
  }
  fs.writeFileSync(stateFile, JSON.stringify(next))
  writeKeptJson(searchableFile, {
    byPart: Object.fromEntries([...indexed.parts].map(([part, { searchable }]) => [part, searchable])),
  } satisfies KeptSearchable)

  const bundle = path.join(outDir, PAGEFIND_FOLDER)
  const others = Object.keys(next)
    .filter((part) => part !== MAIN_PART && next[part]!.pages > 0)
    .sort()
  placeBundle(outDir, path.join(cacheDir, MAIN_PART), bundle, [PARTS_FOLDER, PARTS_LIST])
  const partsFolder = path.join(bundle, PARTS_FOLDER)
  for (const name of fs.existsSync(partsFolder) ? fs.readdirSync(partsFolder) : []) {
    if (!others.includes(name)) removeFromOutput(outDir, path.join(partsFolder, name))
  }
  for (const part of others) placeBundle(outDir, path.join(cacheDir, part), path.join(partsFolder, part))
  // replaced, never written in place: the site folder may be a hardlink clone of the live release
  const list = path.join(bundle, PARTS_LIST)
  fs.writeFileSync(`${list}.new`, JSON.stringify(others))
  fs.renameSync(`${list}.new`, list)
  noteWritten(outDir, list)
  return { parts: Object.keys(next).length, reindexed, pagesIndexed, indexed }
}
