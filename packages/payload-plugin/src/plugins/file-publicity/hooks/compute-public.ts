import type { CollectionBeforeChangeHook } from 'payload'

/** A file is public while published content uses it or an editor made it public by hand. */
export const computePublic: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const byHand = data.publicByHand ?? originalDoc?.publicByHand
  const usage = data.publicUsage ?? originalDoc?.publicUsage
  return { ...data, public: Boolean(byHand) || (Array.isArray(usage) && usage.length > 0) }
}
