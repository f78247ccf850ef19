import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection } from '../../shared/config-helpers'
import { areasCollection } from './areas/config'

/** The `areas` collection (sołectwa, osiedla, thematic groups). Needs nothing else. */
export const areasPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    return withCollection(config, areasCollection())
  }
}
