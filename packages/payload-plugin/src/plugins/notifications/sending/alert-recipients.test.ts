import { describe, expect, it } from 'vitest'
import { alertReaches, groupsForKind } from './alert-recipients'

const none = new Set<string>()

describe('alertReaches', () => {
  it('sends an alert for the whole gmina to everyone, and everything to those who chose no area', () => {
    expect(alertReaches({ kind: 'pogoda', areas: [] }, { id: 1, channel: 'email', areas: [3] }, none)).toBe(
      true,
    )
    expect(alertReaches({ kind: 'pogoda', areas: [3] }, { id: 1, channel: 'email', areas: [] }, none)).toBe(
      true,
    )
  })

  it('sends an alert for some areas to those who chose one of them, not to other areas', () => {
    expect(
      alertReaches({ kind: 'woda', areas: [3, 4] }, { id: 1, channel: 'email', areas: ['4'] }, none),
    ).toBe(true)
    expect(alertReaches({ kind: 'woda', areas: [3] }, { id: 1, channel: 'email', areas: [5] }, none)).toBe(
      false,
    )
  })

  it('sends alerts of a group’s kinds to its members whatever their areas', () => {
    const groups = groupsForKind(
      [
        { id: 7, alertKinds: ['powodz'] },
        { id: 8, alertKinds: ['pogoda'] },
      ],
      'powodz',
    )
    expect(
      alertReaches(
        { kind: 'powodz', areas: [3] },
        { id: 1, channel: 'email', areas: [5], groups: [7] },
        groups,
      ),
    ).toBe(true)
    expect(
      alertReaches(
        { kind: 'powodz', areas: [3] },
        { id: 1, channel: 'email', areas: [5], groups: [8] },
        groups,
      ),
    ).toBe(false)
  })
})
