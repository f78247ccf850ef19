import { POLAND_BOUNDS } from '@ratusz/resident-forms'
import { z } from 'zod'

/** Options of residents' reports (`ratusz({ reports })`); the site's address and SMS come from `notifications`. */
export const reportsOptionsSchema = z
  .object({
    /** Hours an unconfirmed report is kept before it is deleted. Default 48. */
    pendingHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
    /** Months after closing when a report's personal data (contact, description, photos) is erased. Default 12. */
    erasedAfterMonths: z.number().int().min(1).max(120).default(12),
    /** Largest photo a resident may attach, in megabytes. Default 10. */
    maxPhotoMB: z.number().positive().max(50).default(10),
    /** Most pixels a photo may have (width × height), against decompression bombs. Default 50 million. */
    maxPhotoPixels: z.number().int().min(1_000_000).max(300_000_000).default(50_000_000),
    /** Longest side of a stored photo in pixels (larger ones are scaled down). Default 2048. */
    photoMaxSide: z.number().int().min(320).max(8192).default(2048),
    /** Seconds a form must be open before it may be sent (bots are faster). Default 3. */
    minFillSeconds: z.number().min(0).max(60).default(3),
    /** Days the Open311 list of requests goes back when no start date is given (the spec's default). Default 90. */
    open311WindowDays: z.number().int().min(1).max(3650).default(90),
    /**
     * The gmina's box (degrees, WGS84): a report's position (the form's map, Open311's `lat`/`long`) outside it is
     * refused. Default: Poland (RATUSZ_MAP_BOUNDS).
     */
    bounds: z
      .object({
        south: z.number().min(-90).max(90),
        west: z.number().min(-180).max(180),
        north: z.number().min(-90).max(90),
        east: z.number().min(-180).max(180),
      })
      .strict()
      .refine((box) => box.south < box.north && box.west < box.east, 'south < north and west < east')
      .default(POLAND_BOUNDS),
  })
  .strict()

export type ReportsOptions = z.output<typeof reportsOptionsSchema>
