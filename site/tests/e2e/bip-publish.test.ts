import { describe, expect, inject, it } from 'vitest'
import { publishSite } from './support/publish'
import { body } from '../../../cms/tests/support/articles'
import { adminToken, cmsApi } from './support/cms-api'

const siteUrl = inject('siteUrl')

describe('a BIP editor changes a published document through the REST API', () => {
  it('writes a register entry, publishes a new version and keeps the previous one viewable', async () => {
    const token = await adminToken()
    const { body: found } = await cmsApi('/bip-documents?where[kind][equals]=przetarg&limit=1&depth=0', {
      token,
    })
    const doc = found.docs[0]
    const stamp = Date.now().toString(36)

    const refused = await cmsApi(`/bip-documents/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: body(`Nowa treść ${stamp}`) }),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Opis zmiany')

    const changed = await cmsApi(`/bip-documents/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: body(`Nowa treść ${stamp}`), changeNote: `Zmiana SWZ ${stamp}` }),
    })
    expect(changed.status).toBe(200)
    const version = changed.body.doc.version as number
    const draft = await cmsApi(`/bip-documents/${doc.id}?draft=true`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ title: `Szkic nieopublikowany ${stamp}`, _status: 'draft' }),
    })
    expect(draft.status).toBe(200)

    // An incremental publish, as the CMS runs after a save: only what changed is rendered again.
    const release = await publishSite()
    expect(release.previousReleaseId).toBeDefined()
    expect(release.skipped).toEqual([])

    const page = await (await fetch(`${siteUrl}/bip/dokument/${doc.permanentId}/`)).text()
    expect(page).toContain(`Nowa treść ${stamp}`)
    expect(page).not.toContain(`Szkic nieopublikowany ${stamp}`)
    const history = await (await fetch(`${siteUrl}/bip/dokument/${doc.permanentId}/historia/`)).text()
    expect(history).toContain(`Zmiana SWZ ${stamp}`)
    const previous = await fetch(`${siteUrl}/bip/dokument/${doc.permanentId}/historia/${version - 1}/`)
    expect(previous.status).toBe(200)
    expect(await previous.text()).not.toContain(`Nowa treść ${stamp}`)
    const register = await (await fetch(`${siteUrl}/bip/rejestr-zmian/`)).text()
    expect(register).toContain(`Zmiana SWZ ${stamp}`)
  })
})
