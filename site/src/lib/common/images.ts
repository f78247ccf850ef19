import type { ImageFile, Media } from '@ratusz/contract'
import { mediaUrl } from './urls'

/** Every rendition of an image, the original and the sizes Payload made, narrowest first, without duplicates. */
export function renditions(media: Media): ImageFile[] {
  const files: ImageFile[] = [media]
  for (const size of Object.values(media.sizes)) if (size) files.push(size)
  const unique = new Map(files.map((file) => [file.filename, file]))
  return [...unique.values()].sort((a, b) => a.width - b.width)
}

/**
 * The renditions a page offers, one per width (a `srcset` may not list a width twice): a size sharp made (a
 * modern format) wins over an original as wide.
 */
export function shownRenditions(media: Media): ImageFile[] {
  const byWidth = new Map<number, ImageFile>()
  for (const file of renditions(media).filter((file) => file !== media)) byWidth.set(file.width, file)
  if (!byWidth.has(media.width)) byWidth.set(media.width, media)
  return [...byWidth.values()].sort((a, b) => a.width - b.width)
}

/** A `srcset` listing every rendition by width. */
export function srcset(media: Media): string {
  return shownRenditions(media)
    .map((file) => `${mediaUrl(file.filename)} ${file.width}w`)
    .join(', ')
}

/** The narrowest rendition at least `width` pixels wide, or the widest there is. */
export function renditionFor(media: Media, width: number): ImageFile {
  const all = shownRenditions(media)
  return all.find((file) => file.width >= width) ?? all[all.length - 1] ?? media
}
