import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoSettings } from '../../src/seed/content/settings'
import { demoPdf } from '../../src/seed/files/pdfs'
import { body, unique } from '../support/articles'
import { download, jpeg, uploadForm } from '../support/files'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

type Uploaded = { id: number; filename: string; sizes?: Record<string, { filename: string | null }> }

/** What an anonymous visitor (and the site build) gets for a file: list, by id, its URL and its sizes. */
const anonymousView = async (payload: Payload, collection: 'media' | 'documents', file: Uploaded) => {
  const list = await rest(payload, 'GET', `/${collection}?limit=0&where[id][equals]=${file.id}`)
  const byId = await rest(payload, 'GET', `/${collection}/${file.id}`)
  const url = await download(payload, `/${collection}/file/${file.filename}`)
  const sizes = await Promise.all(
    Object.values(file.sizes ?? {})
      .filter((size) => size.filename)
      .map(async (size) => (await download(payload, `/${collection}/file/${size.filename}`)).status),
  )
  return { listed: list.body.docs.length, byId: byId.status, url: url.status, sizes: [...new Set(sizes)] }
}

const hidden = (sizes: number[]) => ({ listed: 0, byId: 404, url: 404, sizes })
const shown = (sizes: number[]) => ({ listed: 1, byId: 200, url: 200, sizes })

describe('files are private until published content uses them or an editor makes them public', () => {
  let payload: Payload
  let editor: string

  const uploadImage = async (colour: string): Promise<Uploaded> => {
    const response = await rest(payload, 'POST', '/media', {
      token: editor,
      form: uploadForm(await jpeg(colour), `${unique('obraz').replace(/\W/g, '-')}.jpg`, 'image/jpeg', {
        alt: 'Zdjęcie testowe',
      }),
    })
    expect(response.status).toBe(201)
    return response.body.doc as Uploaded
  }

  const uploadDocument = async (): Promise<Uploaded> => {
    const pdf = await demoPdf({ title: 'Projekt', paragraphs: ['Projekt uchwały.'] })
    const response = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: uploadForm(pdf, `${unique('projekt').replace(/\W/g, '-')}.pdf`, 'application/pdf', {
        title: 'Projekt uchwały',
      }),
    })
    expect(response.status).toBe(201)
    return response.body.doc as Uploaded
  }

  const imageWithBodyUpload = (imageId: number) => ({
    ...body('Treść z obrazem.'),
    root: {
      ...body('Treść z obrazem.').root,
      children: [
        ...body('Treść z obrazem.').root.children,
        { type: 'upload', version: 3, format: '', relationTo: 'media', value: imageId, fields: null },
      ],
    },
  })

  const draftArticle = async (data: object) => {
    const response = await rest(payload, 'POST', '/articles?draft=true', {
      token: editor,
      body: {
        title: unique('Artykuł'),
        lead: 'Zajawka',
        author: 'Redakcja',
        body: body('Treść.'),
        _status: 'draft',
        ...data,
      },
    })
    expect(response.status).toBe(201)
    return response.body.doc.id as number
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-prywatne@example.pl', ['editor'])
  })

  it('hides a file attached only to a draft and shows it once the article is published', async () => {
    const cover = await uploadImage('#aa3366')
    const inBody = await uploadImage('#33aa66')
    const attachment = await uploadDocument()
    const article = await draftArticle({
      cover: cover.id,
      attachments: [attachment.id],
      body: imageWithBodyUpload(inBody.id),
    })

    expect(await anonymousView(payload, 'media', cover)).toEqual(hidden([404]))
    expect(await anonymousView(payload, 'media', inBody)).toEqual(hidden([404]))
    expect(await anonymousView(payload, 'documents', attachment)).toEqual(hidden([]))
    // The editor still sees and downloads it.
    expect((await download(payload, `/media/file/${cover.filename}`, editor)).status).toBe(200)

    const publish = await rest(payload, 'PATCH', `/articles/${article}`, {
      token: editor,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(shown([200]))
    expect(await anonymousView(payload, 'media', inBody)).toEqual(shown([200]))
    expect(await anonymousView(payload, 'documents', attachment)).toEqual(shown([]))

    // A draft saved over the published article, without the cover: the published article still uses it.
    const draftOver = await rest(payload, 'PATCH', `/articles/${article}?draft=true`, {
      token: editor,
      body: { cover: null, _status: 'draft' },
    })
    expect(draftOver.status).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(shown([200]))

    // Unpublished: no published content uses the files any more.
    const unpublish = await rest(payload, 'PATCH', `/articles/${article}`, {
      token: editor,
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(hidden([404]))
    expect(await anonymousView(payload, 'media', inBody)).toEqual(hidden([404]))
    expect(await anonymousView(payload, 'documents', attachment)).toEqual(hidden([]))
  })

  it('keeps a file public while another published record still uses it, and hides it when that one is deleted', async () => {
    const cover = await uploadImage('#6633aa')
    const first = await draftArticle({ cover: cover.id })
    const second = await draftArticle({ cover: cover.id })
    const patch = async (id: number, data: object) =>
      (await rest(payload, 'PATCH', `/articles/${id}`, { token: editor, body: data })).status
    expect(await patch(first, { _status: 'published' })).toBe(200)
    expect(await patch(second, { _status: 'published' })).toBe(200)
    expect(await patch(first, { _status: 'draft' })).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(shown([200]))

    // Edited out of the published second article.
    expect(await patch(second, { cover: null })).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(hidden([404]))

    expect(await patch(second, { cover: cover.id })).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(shown([200]))
    expect((await rest(payload, 'DELETE', `/articles/${second}`, { token: editor })).status).toBe(200)
    expect(await anonymousView(payload, 'media', cover)).toEqual(hidden([404]))
  })

  it('makes a file public by hand and private again', async () => {
    const document = await uploadDocument()
    const mark = await rest(payload, 'PATCH', `/documents/${document.id}`, {
      token: editor,
      body: { publicByHand: true },
    })
    expect(mark.status).toBe(200)
    expect(await anonymousView(payload, 'documents', document)).toEqual(shown([]))
    await rest(payload, 'PATCH', `/documents/${document.id}`, {
      token: editor,
      body: { publicByHand: false },
    })
    expect(await anonymousView(payload, 'documents', document)).toEqual(hidden([]))
  })

  it('makes the coat of arms in the site settings public', async () => {
    const coat = await uploadImage('#aaaa33')
    const save = await rest(payload, 'POST', '/globals/site-settings', {
      token: editor,
      body: { ...demoSettings, coatOfArms: coat.id },
    })
    expect(save.status).toBe(200)
    expect(await anonymousView(payload, 'media', coat)).toEqual(shown([200]))
    await rest(payload, 'POST', '/globals/site-settings', { token: editor, body: { coatOfArms: null } })
    expect(await anonymousView(payload, 'media', coat)).toEqual(hidden([404]))
  })

  it('does not let anyone set a file public over REST, but by hand', async () => {
    const image = await uploadImage('#33aaaa')
    const forced = await rest(payload, 'PATCH', `/media/${image.id}`, {
      token: editor,
      body: { public: true, publicUsage: [{ owner: 'articles:1' }] },
    })
    expect(forced.status).toBe(200)
    expect(await anonymousView(payload, 'media', image)).toEqual(hidden([404]))
  })
})
