import { describe, expect, it } from 'vitest'
import { partsOf, sampleSms, smsCostNote, smsPartsNote } from './sms-parts-note'

describe('smsPartsNote', () => {
  it('counts the parts of the SMS an alert becomes, links included, in UCS-2', () => {
    expect(smsPartsNote('Silny wiatr.', 'https://lipowawola.pl')).toBe(
      'SMS z linkami: ok. 3 części na odbiorcę (polskie litery: 67 znaków na część)',
    )
    expect(smsPartsNote('x'.repeat(160), 'https://lipowawola.pl/')).toMatch(/^SMS z linkami: ok\. 5 części/)
  })
})

/** Intl puts a no-break space before "zł". */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ')

describe('smsCostNote', () => {
  it('multiplies the recipients by the parts of the SMS an article becomes, and prices them', () => {
    const sms = sampleSms('news', 'Zebranie wiejskie w Dębinie', 'https://lipowawola.pl')
    expect(partsOf(sms).parts).toBe(3)
    expect(spaced(smsCostNote(12, sms, 0.16))).toBe(
      'SMS: 12 odbiorców × ok. 3 części = 36 części (polskie litery: 67 znaków na część), szacowany koszt 5,76 zł (0,16 zł za część).',
    )
    expect(smsCostNote(2, sms)).toBe(
      'SMS: 2 odbiorcy × ok. 3 części = 6 części (polskie litery: 67 znaków na część).',
    )
  })

  it('counts GSM-7 parts when there is no Polish letter', () => {
    const sms = 'x'.repeat(161)
    expect(spaced(smsCostNote(1, sms, 0.1))).toBe(
      'SMS: 1 odbiorca × ok. 2 części = 2 części (bez polskich liter: 153 znaków na część), szacowany koszt 0,20 zł (0,10 zł za część).',
    )
  })
})
