import type { ImageFile, Media } from '@ratusz/contract'
import { mediaUrl } from './urls'

/** Every rendition of an image, the original and the sizes Payload made, narrowest first, without duplicates. */
export function renditions(media: Media): ImageFile[] {
  const files: ImageFile[] = [media]
  for (const size of Object.values(media.sizes)) if (size) files.push(size)
  const unique = new Map(files.map((file) => [file.filename, file]))
  return [...unique.values()].sort((a, b) => a.width - b.width)
}

/** A `srcset` listing every rendition by width. */
export function srcset(media: Media): string {
  return renditions(media)
    .map((file) => `${mediaUrl(file.filename)} ${file.width}w`)
    .join(', ')
}

/** The narrowest rendition at least `width` pixels wide, or the widest there is. */
export function renditionFor(media: Media, width: number): ImageFile {
  const all = renditions(media)
  return all.find((file) => file.width >= width) ?? all[all.length - 1] ?? media
}
