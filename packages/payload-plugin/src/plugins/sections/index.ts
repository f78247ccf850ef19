import type { Config } from 'payload'
import type { ResolvedRatuszOptions } from '../../options'
import { installedSectionsEndpoint } from './installed-sections'

/**
 * The site's view of the modules: a public endpoint naming the sections switched on and the collections and
 * globals installed (`GET /api/ratusz/sections`). The site's build asks it first and follows it.
 */
export const sectionsPlugin =
  (options: ResolvedRatuszOptions) =>
  (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), installedSectionsEndpoint(options)],
  })
