import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { restResponse, signIn } from '../support/rest'

describe('"Podgląd": a draft\'s page, for signed-in users only', () => {
  let payload: Payload
  let draftId: number | string
  beforeAll(async () => {
    payload = await testPayload()
    draftId = (await createArticle(payload, { title: unique('Szkic do podglądu'), status: 'draft' })).id
  })

  it('answers anonymous requests 401, in Polish, and never the draft', async () => {
    const response = await restResponse(payload, 'GET', `/ratusz/podglad/articles/${draftId}`)
    expect(response.status).toBe(401)
    const text = await response.text()
    expect(text).toContain('tylko zalogowani redaktorzy')
    expect(text).not.toContain('Szkic do podglądu')
  })

  it('answers 404 for a collection without preview and for a missing document', async () => {
    const token = await signIn(payload, 'preview-editor@example.pl', ['editor'])
    for (const path of ['/ratusz/podglad/users/1', '/ratusz/podglad/articles/999999999']) {
      const response = await restResponse(payload, 'GET', path, { token })
      expect(response.status, path).toBe(404)
    }
  })

  it('tells a signed-in editor, in Polish, that preview needs the warm publisher when it is off', async () => {
    const token = await signIn(payload, 'preview-editor@example.pl', ['editor'])
    const response = await restResponse(payload, 'GET', `/ratusz/podglad/articles/${draftId}`, { token })
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    // the page runs in an opaque origin: never as the editor on the CMS's own origin
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox\b(?!.*allow-same-origin)/)
    expect(await response.text()).toContain('Podgląd wymaga szybkiej publikacji')
  })

  it('puts the button on articles and events, pointing at the preview', () => {
    for (const slug of ['articles', 'events']) {
      const preview = payload.collections[slug as 'articles']?.config.admin.preview
      expect(typeof preview, slug).toBe('function')
    }
  })
})
