import type { SkippedRecord } from '@ratusz/contract'
import { z } from 'zod'

/** Which way a publish built the site: the warm renderer, its first build, or a cold `astro build`. */
export const PUBLISH_VIA = ['warm', 'warm-start', 'cold'] as const

/** What a publish reports back (the `@ratusz/publisher` result fits). */
export type PublishOutcome = {
  releaseId: string
  durationMs: number
  pages: number
  staleAt?: Date
  skipped?: readonly SkippedRecord[]
  /** Milliseconds of each step (the build, the link and feed checks). */
  stepsMs?: Readonly<Record<string, number>>
  /** Which way the site was built (see docs/warm-publisher.md), and how it went. */
  via?: (typeof PUBLISH_VIA)[number]
  detail?: string
}

/** Builds and publishes the whole site; provided by the host app, which knows where the site lives. */
export type PublishFunction = (reason: string) => Promise<PublishOutcome>

/**
 * Puts the previous release of the site back live and returns its id; provided by the host app, like `publish`
 * (the admin's "Przywróć poprzednią wersję serwisu").
 */
export type RollbackFunction = () => Promise<string>

/** A record's draft page from the admin's "Podgląd", or why there is none (see PreviewFunction). */
export type PreviewOutcome =
  | { html: string }
  | { unavailable: 'warm-publish-off' | 'renderer-not-started' | 'no-page' }
  | { unavailable: 'refused'; reason: string }

/**
 * Renders the page of a record's draft (as the REST API gives it, depth 1) as the site would show it, never
 * writing it to a release; provided by the host app, which knows the site's renderer and its URLs.
 */
export type PreviewFunction = (request: {
  collection: string
  record: Record<string, unknown>
}) => Promise<PreviewOutcome>

/** The slug of the publish job's task. */
export const PUBLISH_TASK = 'publishSite'

/** The queue the publish jobs go to; the host runs it (`jobs.autoRun`) with a limit of one job at a time. */
export const PUBLISH_QUEUE = 'publish'

/** Options of the publishing plugin (`publishing` in the bundle's options). */
export const publishingOptionsSchema = z
  .object({
    /**
     * Publishes the site. Without it, changes are still queued and recorded, but nothing builds them: install it
     * in the CMS app (see cms/src/publishing.ts).
     */
    publish: z
      .custom<PublishFunction>((value) => typeof value === 'function', 'must be a function')
      .optional(),
    /**
     * Puts the previous release back live. Without it, administrators cannot roll the site back from the admin
     * (`pnpm rollback` still can): install it in the CMS app beside `publish`.
     */
    rollback: z
      .custom<RollbackFunction>((value) => typeof value === 'function', 'must be a function')
      .optional(),
    /**
     * Renders a record's draft page for the admin's "Podgląd" button (on `previewCollections`). Without it, no
     * button: install it in the CMS app beside `publish`.
     */
    preview: z
      .custom<PreviewFunction>((value) => typeof value === 'function', 'must be a function')
      .optional(),
    /** The collections whose documents get "Podgląd". Default: articles and events. */
    previewCollections: z.array(z.string().min(1)).default(['articles', 'events']),
    /**
     * How long a change waits for others before its publish starts. Default 0: the first change publishes at
     * once, and the changes made while that publish waits or runs are published together right after it (an
     * incremental build of a few changes costs about as much as of one).
     */
    debounceSeconds: z.number().min(0).max(300).default(0),
    /** The jobs queue of publishes. Default "publish". */
    queue: z.string().min(1).default(PUBLISH_QUEUE),
  })
  .strict()

export type PublishingOptions = z.output<typeof publishingOptionsSchema>
