import { describe, expect, it } from 'vitest'
import { describeSkipped } from './describe-skipped'

describe('describeSkipped', () => {
  it('names each left-out record, its field and the reason, one per line, in Polish', () => {
    expect(
      describeSkipped([
        {
          collection: 'events',
          id: '7',
          field: 'start',
          problem: 'Invalid ISO datetime',
          keptPrevious: true,
        },
        { collection: 'articles', id: '9', field: 'body', problem: 'too deep', keptPrevious: false },
      ]),
    ).toBe(
      'Pominięto rekord events #7: pole „start”: Invalid ISO datetime. Serwis pokazuje nadal jego poprzednią wersję.\n' +
        'Pominięto rekord articles #9: pole „body”: too deep. Serwis go nie pokazuje.',
    )
  })

  it('says nothing when no record was left out', () => {
    expect(describeSkipped([])).toBeUndefined()
  })
})
