import type { Config } from 'payload'
import { withHookEverywhere } from '../../shared/config-helpers'
import { polishMalformedJson } from './hooks/polish-malformed-json'
import { refuseNonObjectBody } from './hooks/refuse-non-object-body'

/**
 * Request bodies: every collection and global refuses a write whose JSON body is not an object, and a body that
 * is not JSON at all, with a 400 and a Polish message rather than a 500. Install it after every plugin that adds
 * a collection or global.
 */
export const requestBodyPlugin =
  () =>
  (config: Config): Config => {
    const guarded = withHookEverywhere(config, 'beforeOperation', refuseNonObjectBody, 'first')
    return {
      ...guarded,
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), polishMalformedJson] },
    }
  }
