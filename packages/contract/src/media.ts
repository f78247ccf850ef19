import { z } from 'zod'
import { id, timestamps } from './common'

/** One rendition of an image: the original or a size sharp made from it. */
const imageFile = z.object({
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})

/** A size Payload may skip (the original was smaller): then every property is null. */
const optionalSize = z.union([
  imageFile,
  z.object({ url: z.null().optional(), filename: z.null().optional() }).transform(() => null),
])

/** `media`: an image with its alt text (empty only when marked decorative) and its sharp sizes. */
export const media = z
  .object({
    id,
    alt: z
      .string()
      .nullish()
      .transform((value) => value ?? ''),
    decorative: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    caption: z.string().nullish(),
    ...imageFile.shape,
    sizes: z.object({
      thumbnail: optionalSize.optional(),
      card: optionalSize.optional(),
      hero: optionalSize.optional(),
    }),
    ...timestamps,
  })
  .refine((value) => value.decorative || value.alt.trim().length > 0, {
    message: 'alt text is required unless the image is marked decorative',
    path: ['alt'],
  })

export type Media = z.infer<typeof media>
export type ImageFile = z.infer<typeof imageFile>
