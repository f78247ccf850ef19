import { describe, expect, inject, it } from 'vitest'
import { buildSite } from '../../../scripts/lib/site'

const cmsUrl = inject('cmsUrl')
const siteUrl = inject('siteUrl')

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const headers = new Headers(init.headers)
  headers.set('Content-Type', 'application/json')
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const response = await fetch(`${cmsUrl}/api${path}`, { ...init, headers })
  return { status: response.status, body: await response.json() }
}

const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

describe('a BIP editor changes a published document through the REST API', () => {
  it('writes a register entry, publishes a new version and keeps the previous one viewable', async () => {
    const login = await api('/users/login', {
      method: 'POST',
      body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
    })
    const token = login.body.token as string
    const { body: found } = await api('/bip-documents?where[kind][equals]=przetarg&limit=1&depth=0', {
      token,
    })
    const doc = found.docs[0]
    const stamp = Date.now().toString(36)

    const refused = await api(`/bip-documents/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: body(`Nowa treść ${stamp}`) }),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Opis zmiany')

    const changed = await api(`/bip-documents/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: body(`Nowa treść ${stamp}`), changeNote: `Zmiana SWZ ${stamp}` }),
    })
    expect(changed.status).toBe(200)
    const version = changed.body.doc.version as number
    const draft = await api(`/bip-documents/${doc.id}?draft=true`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ title: `Szkic nieopublikowany ${stamp}`, _status: 'draft' }),
    })
    expect(draft.status).toBe(200)

    await buildSite({ cmsUrl, siteUrl, outDir: inject('siteOutDir') }, true)

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
