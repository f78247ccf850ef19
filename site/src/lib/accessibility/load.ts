import type { AccessibilityStatement } from '@ratusz/contract'
import { getEntry } from 'astro:content'

/** The accessibility statement as the CMS keeps it (global `accessibility-statement`). */
export async function loadAccessibilityStatement(): Promise<AccessibilityStatement> {
  const entry = await getEntry('accessibilityStatement', 'accessibility-statement')
  if (!entry) throw new Error('The CMS global "accessibility-statement" is missing from the content store.')
  return entry.data
}
