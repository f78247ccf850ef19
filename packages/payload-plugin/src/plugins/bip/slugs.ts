/** Payload slugs of the BIP plugin: REST paths the site reads, keep them stable. */
export const BIP_SLUGS = {
  categories: 'bip-categories',
  documents: 'bip-documents',
  changes: 'bip-changes',
  files: 'bip-files',
  settings: 'bip-settings',
} as const

/** The `context` key that lets a trusted Local API script edit or delete register entries. */
export const REGISTER_OVERRIDE = 'allowBipRegisterOverride'
