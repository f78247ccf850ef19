import type { Config } from 'payload'
import { withHookEverywhere } from '../../shared/config-helpers'
import { keepTimestamps } from './hooks/keep-timestamps'

/** System fields every collection and global has (timestamps) cannot be written over the API. Install it last. */
export const systemFieldsPlugin =
  () =>
  (config: Config): Config =>
    withHookEverywhere(config, 'beforeChange', keepTimestamps, 'last')
