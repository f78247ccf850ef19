import { publishOverHttp } from '@ratusz/publisher'
import { inject } from 'vitest'

/** The e2e CMS's secret: the run's publisher (global-setup.ts) takes requests signed with it. */
export const E2E_SECRET = 'e2e-tests-secret-0123456789abcdef0123'

/**
 * Publishes the served site as the CMS's publish jobs do under `pnpm start`: through the run's one warm renderer,
 * held by the global setup's process, which answers on `publisherUrl`.
 */
export const publishSite = (reason = 'e2e') => publishOverHttp(inject('publisherUrl'), E2E_SECRET)(reason)
