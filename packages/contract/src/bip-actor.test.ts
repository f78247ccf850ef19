import { describe, expect, it } from 'vitest'
import { BIP_ACTOR_FALLBACK, bipActor } from './index'

describe('bipActor: who entered or changed a BIP document, as the site shows it', () => {
  it('keeps a name', () => {
    expect(bipActor.parse('Anna Nowak')).toBe('Anna Nowak')
  })

  it('never shows a sign-in e-mail an older record holds', () => {
    expect(bipActor.parse('sekretariat@lipowawola.example.pl')).toBe(BIP_ACTOR_FALLBACK)
    expect(bipActor.parse('Jan Kowalski <jan@example.pl>')).toBe('Redakcja BIP')
  })
})
