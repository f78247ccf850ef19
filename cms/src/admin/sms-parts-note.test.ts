import { describe, expect, it } from 'vitest'
import { smsPartsNote } from './sms-parts-note'

describe('smsPartsNote', () => {
  it('counts the parts of the SMS an alert becomes, links included, in UCS-2', () => {
    expect(smsPartsNote('Silny wiatr.', 'https://lipowawola.pl')).toBe(
      'SMS z linkami: ok. 3 części na odbiorcę (polskie litery: 67 znaków na część)',
    )
    expect(smsPartsNote('x'.repeat(160), 'https://lipowawola.pl/')).toMatch(/^SMS z linkami: ok\. 5 części/)
  })
})
