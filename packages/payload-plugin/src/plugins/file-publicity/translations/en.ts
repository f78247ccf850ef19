import type { filePublicityPl } from './pl'

/** English admin texts of the file-publicity plugin; the same keys as `pl.ts`. */
export const filePublicityEn: typeof filePublicityPl = {
  files: {
    publicByHand: {
      label: 'Always public',
      description:
        'Check to make the file available to everyone even when no published content uses it. Otherwise the file becomes public only once content using it is published.',
    },
    public: {
      label: 'Public',
      description:
        'Set automatically: the file is public when published content uses it or "Always public" is checked. Nobody outside the editors can download a file that is not public.',
    },
    publicUsage: {
      rows: { singular: 'Use', plural: 'Uses' },
      label: 'Used by published content',
      description: 'Published content that uses this file (set automatically).',
    },
    owner: { label: 'Content', description: 'Collection and id of the content, e.g. "articles:12".' },
  },
}
