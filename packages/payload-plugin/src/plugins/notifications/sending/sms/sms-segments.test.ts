import { describe, expect, it } from 'vitest'
import { smsSegments } from './sms-segments'

describe('smsSegments', () => {
  it('sends plain Latin text as GSM-7: 160 in one part, 153 in each of more', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1 })
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, parts: 2 })
    expect(smsSegments('a'.repeat(306))).toEqual({ encoding: 'GSM-7', units: 306, parts: 2 })
    expect(smsSegments('a'.repeat(307)).parts).toBe(3)
  })

  it('counts the extension characters twice', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1 })
    expect(smsSegments(`${'a'.repeat(159)}[`).parts).toBe(2)
  })

  it('sends any Polish letter as UCS-2: 70 in one part, 67 in each of more', () => {
    expect(smsSegments(`Zażółć${'a'.repeat(64)}`)).toEqual({ encoding: 'UCS-2', units: 70, parts: 1 })
    expect(smsSegments(`ł${'a'.repeat(70)}`)).toEqual({ encoding: 'UCS-2', units: 71, parts: 2 })
    expect(smsSegments(`ł${'a'.repeat(133)}`).parts).toBe(2)
    expect(smsSegments(`ł${'a'.repeat(134)}`).parts).toBe(3)
  })

  it('counts an emoji as two UCS-2 units', () => {
    expect(smsSegments('⚠️').encoding).toBe('UCS-2')
    expect(smsSegments('🌊').units).toBe(2)
  })
})
