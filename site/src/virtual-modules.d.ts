declare module 'virtual:ratusz/installed-sections' {
  /** What the CMS has installed, as the build asked it (integrations/sections.ts). */
  const installed: import('@ratusz/contract').InstalledSections
  export default installed
}
