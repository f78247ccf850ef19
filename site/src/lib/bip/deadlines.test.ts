import { describe, expect, it } from 'vitest'
import { isClosed, nextDeadline, sortByDeadline } from './deadlines'

const now = new Date('2026-05-10T12:00:00Z')
const doc = (deadline: string | null, publishedAt = '2026-01-01T00:00:00Z') => ({ deadline, publishedAt })

describe('BIP deadlines', () => {
  it('closes a tender when its deadline has passed, never one without a deadline', () => {
    expect(isClosed(doc('2026-05-10T11:59:00Z'), now)).toBe(true)
    expect(isClosed(doc('2026-05-11T08:00:00Z'), now)).toBe(false)
    expect(isClosed(doc(null), now)).toBe(false)
  })

  it('lists open ones by nearest deadline, then closed ones, newest first', () => {
    const sorted = sortByDeadline(
      [
        doc('2026-04-01T00:00:00Z'),
        doc('2026-06-01T00:00:00Z'),
        doc('2026-05-20T00:00:00Z'),
        doc('2026-05-01T00:00:00Z'),
      ],
      (document) => isClosed(document, now),
    )
    expect(sorted.map((d) => d.deadline)).toEqual([
      '2026-05-20T00:00:00Z',
      '2026-06-01T00:00:00Z',
      '2026-05-01T00:00:00Z',
      '2026-04-01T00:00:00Z',
    ])
  })

  it('gives the next deadline to come, for the time-driven rebuild', () => {
    const documents = [
      doc('2026-05-01T00:00:00Z'),
      doc(null),
      doc('2026-06-01T00:00:00Z'),
      doc('2026-05-20T09:00:00Z'),
    ]
    expect(nextDeadline(documents, now)?.toISOString()).toBe('2026-05-20T09:00:00.000Z')
    expect(nextDeadline([doc('2026-05-01T00:00:00Z')], now)).toBeUndefined()
  })
})
