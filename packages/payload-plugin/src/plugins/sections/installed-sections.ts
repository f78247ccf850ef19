import { INSTALLED_SECTIONS_PATH, SECTIONS, type InstalledSections } from '@ratusz/contract'
import type { Endpoint, PayloadRequest } from 'payload'
import type { ResolvedRatuszOptions } from '../../options'

/** The sections switched on in the options, in the contract's order (reports only with notifications). */
export const sectionsOn = (options: ResolvedRatuszOptions): InstalledSections['sections'] =>
  SECTIONS.filter(
    (section) => options.plugins[section] && (section !== 'reports' || options.plugins.notifications),
  )

/**
 * What the CMS has installed, read off the running config (Payload's own `payload-*` collections and globals, such
 * as the scheduler's `payload-jobs-stats`, left out).
 */
export const installedSectionsOf = (
  options: ResolvedRatuszOptions,
  req: Pick<PayloadRequest, 'payload'>,
): InstalledSections => ({
  sections: sectionsOn(options),
  collections: req.payload.config.collections
    .map((collection) => collection.slug)
    .filter((slug) => !slug.startsWith('payload-')),
  globals: req.payload.config.globals
    .map((global) => global.slug)
    .filter((slug) => !slug.startsWith('payload-')),
  notificationChannels: options.plugins.notifications
    ? [
        'email' as const,
        ...(options.notifications.sms ? (['sms'] as const) : []),
        ...(options.notifications.push ? (['push'] as const) : []),
      ]
    : [],
})

/**
 * `GET /api/ratusz/sections`: what the CMS has installed, so that the site builds the sections switched on and
 * nothing of the others. Public: it names no record, and the REST routes it lists answer anyone anyway.
 */
export const installedSectionsEndpoint = (options: ResolvedRatuszOptions): Endpoint => ({
  path: INSTALLED_SECTIONS_PATH.replace(/^\/api/, ''),
  method: 'get',
  handler: (req) =>
    Response.json(installedSectionsOf(options, req), { headers: { 'Cache-Control': 'no-store' } }),
})
