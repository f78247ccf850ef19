import type { SiteSettings } from '@ratusz/contract'
import { loadGlobal } from '../store/records'

/** The gmina's settings (name, contact, coat of arms): every page's header and footer, every feed's channel. */
export const loadSettings = (): Promise<SiteSettings> => loadGlobal('settings')
