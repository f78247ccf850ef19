import { describe, expect, it } from 'vitest'
import { changeReason, describeRecord, settingsReason } from './describe-change'

const articles = {
  slug: 'articles',
  labels: { singular: { pl: 'Aktualność', en: 'News item' }, plural: { pl: 'Aktualności', en: 'News' } },
  admin: { useAsTitle: 'title' },
} as never

describe('the reasons in the publish log', () => {
  it('name a record by its kind and title, as an editor knows it', () => {
    expect(changeReason('changed', articles, { id: 75, title: 'Otwarcie świetlicy' })).toBe(
      'Aktualność „Otwarcie świetlicy”: zmiana',
    )
    expect(changeReason('deleted', articles, { id: 75, title: 'Otwarcie świetlicy' })).toBe(
      'Aktualność „Otwarcie świetlicy”: usunięcie',
    )
  })

  it('fall back to the number when a record has no title, and shorten a long title', () => {
    expect(describeRecord(articles, { id: 75, title: '  ' })).toBe('Aktualność #75')
    const long = describeRecord(articles, { id: 1, title: 'Zebranie '.repeat(20) })
    expect(long.length).toBeLessThanOrEqual('Aktualność „”'.length + 80)
    expect(long).toMatch(/…”$/)
  })

  it('name a settings screen by its label', () => {
    expect(
      settingsReason({
        slug: 'site-settings',
        label: { pl: 'Ustawienia serwisu', en: 'Site settings' },
      } as never),
    ).toBe('Zmiana ustawień: Ustawienia serwisu')
  })
})
