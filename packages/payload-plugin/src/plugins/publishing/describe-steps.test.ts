import { describe, expect, it } from 'vitest'
import { describeSteps } from './describe-steps'

describe('describeSteps', () => {
  it("puts the step times on one line in Polish, the publisher's detail under them", () => {
    expect(
      describeSteps({
        stepsMs: { build: 2345, links: 120, feeds: 8 },
        detail: '3 of 120 paths rendered, 3 files written, 0 deleted in 812 ms',
      }),
    ).toBe(
      'budowa 2345 ms, linki 120 ms, kanały 8 ms\n3 of 120 paths rendered, 3 files written, 0 deleted in 812 ms',
    )
  })

  it('says nothing when the publisher told nothing', () => {
    expect(describeSteps({})).toBeUndefined()
    expect(describeSteps({ stepsMs: { build: 10 } }, 'en')).toBe('build 10 ms')
  })
})
