import { z } from 'zod'

/**
 * The sections a gmina can switch on or off (`ratusz({ plugins })` in the CMS, `RATUSZ_SECTIONS` for the app):
 * a section switched off is gone from the admin, and the site builds none of its pages, links, feeds, search
 * part or sitemap entries.
 */
export const SECTIONS = [
  'news',
  'events',
  'periodicals',
  'bip',
  'alerts',
  'notifications',
  'reports',
] as const

export type Section = (typeof SECTIONS)[number]

/** Where the CMS says what it has installed (a public GET; the site asks it before every build). */
export const INSTALLED_SECTIONS_PATH = '/api/ratusz/sections'

/** The CMS's answer at INSTALLED_SECTIONS_PATH. */
export const installedSections = z.object({
  /** The sections switched on, in SECTIONS' order. */
  sections: z.array(z.enum(SECTIONS)),
  /** The slug of every collection the CMS has (Payload's own `payload-*` ones left out). */
  collections: z.array(z.string()),
  /** The slug of every global the CMS has. */
  globals: z.array(z.string()),
  /**
   * How residents can get notifications from this CMS: e-mail always (with the notifications section), SMS when
   * it has an SMS provider or outbox, `push` when it has VAPID keys. The sign-up form offers these.
   */
  notificationChannels: z.array(z.enum(['email', 'sms', 'push'])).default([]),
})

export type InstalledSections = z.infer<typeof installedSections>
