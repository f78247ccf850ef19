import { z } from 'zod'
import { media } from './media'

const link = z.object({ label: z.string().min(1), url: z.url() })

/** An absolute http(s) address (never `javascript:` or `data:`). */
const httpUrl = z.url({ protocol: /^https?$/ })

/** Where a quick link leads: a path on the site (`/kontakt/`, never `//host`) or an absolute http(s) address. */
const linkTarget = z.union([z.string().regex(/^\/(?![/\\])\S*$/, 'must be a path like /kontakt/'), httpUrl])

/** The `site-settings` global: who the gmina is and how residents reach its office. */
export const siteSettings = z.object({
  gminaName: z.string().min(1),
  officeName: z.string().min(1),
  coatOfArms: media.nullish(),
  address: z.object({
    street: z.string().min(1),
    postalCode: z.string().regex(/^\d{2}-\d{3}$/, 'must be a Polish postal code like 05-600'),
    city: z.string().min(1),
    /** A map marking the office, linked from the contact page. */
    mapUrl: httpUrl.nullish(),
  }),
  contacts: z.object({
    phone: z.string().min(1),
    email: z.email(),
    fax: z.string().nullish(),
  }),
  /** Departments residents call most, with their own phone and e-mail (the contact page lists them). */
  departments: z
    .array(
      z.object({
        name: z.string().min(1),
        phone: z.string().nullish(),
        email: z.email().nullish(),
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
  officeHours: z
    .array(z.object({ days: z.string().min(1), hours: z.string().min(1) }))
    .nullish()
    .transform((value) => value ?? []),
  eServices: z
    .object({
      eboi: z.url().nullish(),
      epuap: z.url().nullish(),
    })
    .nullish()
    .transform((value) => value ?? {}),
  social: z
    .array(link)
    .nullish()
    .transform((value) => value ?? []),
  /** The home page's links to the most used services, in the editor's order. */
  quickLinks: z
    .array(z.object({ label: z.string().min(1), url: linkTarget }))
    .nullish()
    .transform((value) => value ?? []),
  updatedAt: z.iso.datetime({ offset: true }).nullish(),
})

export type SiteSettings = z.infer<typeof siteSettings>
