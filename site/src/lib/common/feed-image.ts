import type { SiteSettings } from '@ratusz/contract'
import { renditionFor } from './images'
import { absoluteUrl, mediaUrl } from './urls'

/** The coat of arms as a feed's channel image (absolute URL), when the gmina has one. */
export function channelImage(settings: SiteSettings, site: URL): string | undefined {
  return settings.coatOfArms
    ? absoluteUrl(mediaUrl(renditionFor(settings.coatOfArms, 144).filename), site)
    : undefined
}
