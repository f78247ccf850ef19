import type { Payload } from 'payload'
import { accessibilityStatement } from '@ratusz/contract'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoAccessibilityStatement } from '../../src/seed/content/accessibility'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const PATH = '/globals/accessibility-statement'

describe('accessibility-statement global', () => {
  let payload: Payload
  let editor: string
  let admin: string
  let bipEditor: string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-a11y@example.pl', ['editor'])
    admin = await signIn(payload, 'admin-a11y@example.pl', ['admin'])
    bipEditor = await signIn(payload, 'bip-a11y@example.pl', ['bip-editor'])
  })

  it('lets editors and admins write it, and refuses anonymous and BIP-only users', async () => {
    const data = demoAccessibilityStatement(new Date())
    expect((await rest(payload, 'POST', PATH, { body: data })).status).toBe(403)
    expect((await rest(payload, 'POST', PATH, { token: bipEditor, body: data })).status).toBe(403)
    const byEditor = await rest(payload, 'POST', PATH, { token: editor, body: data })
    expect(byEditor.status).toBe(200)
    const byAdmin = await rest(payload, 'POST', PATH, {
      token: admin,
      body: { contact: { ...data.contact, person: 'Jan Nowak' } },
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.result.contact.person).toBe('Jan Nowak')
  })

  it('is read by anyone in the shape of the contract, without the admin-only warning', async () => {
    const { status, body } = await rest(payload, 'GET', PATH)
    expect(status).toBe(200)
    const parsed = accessibilityStatement.parse(body)
    expect(parsed.entityName).toBe('Urząd Gminy Lipowa Wola')
    expect(parsed.status).toBe('czesciowo-zgodna')
    expect(parsed.unavailableContent.map((item) => item.reason)).toEqual(['wylaczenie', 'niezgodnosc'])
    expect(parsed.procedure).toContain('Rzecznika Praw Obywatelskich')
    expect(body).not.toHaveProperty('reviewWarning')
  })

  it('warns the editor in the admin when the statement was not reviewed this year', async () => {
    const lastYear = `${new Date().getFullYear() - 1}-02-10T10:00:00.000Z`
    await rest(payload, 'POST', PATH, { token: editor, body: { updatedOn: lastYear, reviewedOn: null } })
    const stale = await rest(payload, 'GET', PATH, { token: editor })
    expect(stale.body.reviewWarning).toMatch(/do 31 marca \d{4}/)
    expect(stale.body.reviewWarning).toContain(`10.02.${new Date().getFullYear() - 1}`)

    await rest(payload, 'POST', PATH, { token: editor, body: { reviewedOn: new Date().toISOString() } })
    const current = await rest(payload, 'GET', PATH, { token: editor })
    expect(current.body.reviewWarning ?? null).toBeNull()
  })

  it('tells the editor what to fix in Polish', async () => {
    const { status, body } = await rest(payload, 'POST', PATH, {
      token: editor,
      body: { assessmentUrl: 'bip.lipowawola.pl/ocena', contact: { person: 'X', email: 'x', phone: '1' } },
    })
    expect(status).toBe(400)
    const messages = JSON.stringify(body)
    expect(messages).toMatch(/https:\/\//)
  })
})
