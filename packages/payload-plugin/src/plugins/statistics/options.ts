import { z } from 'zod'

/** Options of the statistics plugin (`statistics` in the bundle's options). */
export const statisticsOptionsSchema = z
  .object({
    /**
     * The folder of the web server's access logs (nginx `combined`) that the scheduled import reads: every
     * `*.log`, `*.log.N`, `*.log-YYYYMMDD` file there, gzipped or not. Unset: no scheduled import (imports by
     * hand only, `pnpm stats:import`).
     */
    logsDir: z.string().min(1).optional(),
    /** The public site's address: referrers from its host are clicks within the site, not entries. */
    siteUrl: z.url().optional(),
    /** When the scheduled import runs (cron with seconds, server time). Default: every hour at minute 20. */
    cron: z.string().min(1).default('0 20 * * * *'),
    /** The jobs queue of the scheduled import. Default "default". */
    queue: z.string().min(1).default('default'),
  })
  .strict()

export type StatisticsOptions = z.output<typeof statisticsOptionsSchema>
