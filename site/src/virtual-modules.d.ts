declare module 'virtual:ratusz/installed-sections' {
  import type { InstalledSections } from '@ratusz/contract'

  /** What the CMS has installed, as the build asked it (integrations/sections.ts). */
  const installed: InstalledSections
  export default installed
}
