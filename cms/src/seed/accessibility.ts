import type { Payload } from 'payload'
import { demoAccessibilityStatement } from './content/accessibility'
import type { SeedTally } from './upsert'

/** Fills the statement once; an editor's later changes are kept on the next run. */
export const seedAccessibilityStatement = async (payload: Payload, tally: SeedTally, now: Date) => {
  const current = (await payload.findGlobal({ slug: 'accessibility-statement' as never, depth: 0 })) as {
    entityName?: string | null
  }
  if (current.entityName) {
    tally.kept += 1
    return
  }
  await payload.updateGlobal({
    slug: 'accessibility-statement' as never,
    data: demoAccessibilityStatement(now) as never,
  })
  tally.created += 1
}
