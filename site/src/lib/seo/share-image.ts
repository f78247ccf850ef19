import type { Media, SiteSettings } from '@ratusz/contract'
import { renditionFor, renditions } from '../common/images'
import { absoluteUrl, mediaUrl } from '../common/urls'

/** The image a shared link shows (Open Graph, Twitter card): absolute URL, size, type and alt text. */
export type ShareImage = {
  url: string
  width: number
  height: number
  type: string
  alt: string
  /** Wide enough for a large card (Twitter's `summary_large_image`); a small square logo is not. */
  large: boolean
}

/** Open Graph's recommended width; the narrowest rendition at least this wide is shared. */
const SHARE_WIDTH = 1200
/** Below this a card shows the image as a thumbnail beside the text. */
const LARGE_MIN_WIDTH = 600
/** Formats every sharing service reads (WebP is not yet one of them). */
const SHAREABLE_TYPES = ['image/jpeg', 'image/png']

/**
 * The narrowest JPEG or PNG at least SHARE_WIDTH wide, or the widest of them (usually the uploaded original),
 * else the best rendition of any format.
 */
function sharedRendition(media: Media) {
  const common = renditions(media).filter((file) => SHAREABLE_TYPES.includes(file.mimeType))
  if (common.length === 0) return renditionFor(media, SHARE_WIDTH)
  return common.find((file) => file.width >= SHARE_WIDTH) ?? common[common.length - 1]!
}

/**
 * An image of a page (a cover, an event's picture) for sharing; `fileUrl` says where its renditions are served
 * from (`/media/` unless the section keeps its own folder, as the periodicals do for covers).
 */
export function shareImage(
  media: Media,
  site: URL | string,
  fileUrl: (filename: string) => string = mediaUrl,
): ShareImage {
  const file = sharedRendition(media)
  return {
    url: absoluteUrl(fileUrl(file.filename), site),
    width: file.width,
    height: file.height,
    type: file.mimeType,
    alt: media.alt,
    large: file.width >= LARGE_MIN_WIDTH && file.width > file.height,
  }
}

/** The page's own image, else the gmina's coat of arms, else none. */
export function shareImageOr(
  image: ShareImage | undefined,
  settings: SiteSettings,
  site: URL | string,
): ShareImage | undefined {
  if (image) return image
  return settings.coatOfArms ? shareImage(settings.coatOfArms, site) : undefined
}
