import type { AccessibilityStatement } from '@ratusz/contract'
import { loadGlobal } from '../store/records'

/** The accessibility statement as the CMS keeps it (global `accessibility-statement`). */
export const loadAccessibilityStatement = (): Promise<AccessibilityStatement> =>
  loadGlobal('accessibilityStatement')
