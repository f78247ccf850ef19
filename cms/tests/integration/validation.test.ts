import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

type Issue = { path: string; message: string }

const issues = (response: { body: { errors?: { data?: { errors?: Issue[] } }[] } }): Issue[] =>
  response.body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

const nested = (levels: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'dno', version: 1 }
  for (let n = 0; n < levels; n++) node = { type: 'quote', version: 1, children: [node] }
  return { root: { type: 'root', version: 1, children: [node] } }
}

const linkTo = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [
          {
            type: 'link',
            version: 3,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', text: 'kliknij', version: 1 }],
          },
        ],
      },
    ],
  },
})

const DATE_MESSAGE = 'Wpisz datę między rokiem 1900 a 2200.'

describe('the CMS refuses at save what the site could not render', () => {
  let payload: Payload
  let token: string

  beforeAll(async () => {
    payload = await testPayload()
    token = await signIn(payload, 'walidacja@lipowawola.example.pl', ['editor'])
  })

  const article = (overrides: Record<string, unknown>) => ({
    title: unique('Walidacja'),
    lead: 'Zajawka.',
    body: body('Treść.'),
    author: 'Referat Promocji',
    _status: 'published',
    ...overrides,
  })

  it('refuses an event in the year 275760 with a Polish message on the date', async () => {
    const response = await rest(payload, 'POST', '/events', {
      token,
      body: {
        title: unique('Daleka przyszłość'),
        lead: 'Zapraszamy.',
        start: '+275760-09-13T00:00:00.000Z',
        end: '+275760-09-13T01:00:00.000Z',
        place: { name: 'Świetlica', address: 'ul. Szkolna 5' },
        organiser: { kind: 'gmina' },
        _status: 'published',
      },
    })
    expect(response.status).toBe(400)
    expect(issues(response)).toContainEqual(expect.objectContaining({ path: 'start', message: DATE_MESSAGE }))
  })

  it('refuses an alert valid until the year 2500', async () => {
    const response = await rest(payload, 'POST', '/alerts', {
      token,
      body: {
        title: unique('Wieczne ostrzeżenie'),
        kind: 'pogoda',
        severity: 'informacja',
        shortText: 'Na zawsze.',
        areas: [],
        validFrom: new Date().toISOString(),
        validUntil: '2500-01-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(response.status).toBe(400)
    expect(issues(response)).toContainEqual(
      expect.objectContaining({ path: 'validUntil', message: DATE_MESSAGE }),
    )
  })

  it('refuses a rich text nested 500 levels deep, in a published article and in a draft', async () => {
    const message =
      'Treść jest zagnieżdżona zbyt głęboko (ponad 20 poziomów, np. listy w listach w cytatach). Uprość jej układ.'
    const published = await rest(payload, 'POST', '/articles', {
      token,
      body: article({ body: nested(500) }),
    })
    expect(published.status).toBe(400)
    expect(issues(published)).toContainEqual({ path: 'body', message })
    const draft = await rest(payload, 'POST', '/articles?draft=true', {
      token,
      body: article({ body: nested(500), _status: 'draft' }),
    })
    expect(draft.status).toBe(400)
    expect(issues(draft)).toContainEqual({ path: 'body', message })
  })

  it('refuses a link to /\\evil and accepts one to a page of the site', async () => {
    const refused = await rest(payload, 'POST', '/articles', {
      token,
      body: article({ body: linkTo('/\\evil') }),
    })
    expect(refused.status).toBe(400)
    expect(issues(refused)[0]?.path).toBe('body')
    expect(issues(refused)[0]?.message).toMatch(/^Link „\/\\evil” ma niedozwolony adres\. Wpisz pełny adres/)
    const accepted = await rest(payload, 'POST', '/articles', {
      token,
      body: article({ body: linkTo('/aktualnosci/') }),
    })
    expect(accepted.status).toBe(201)
  })

  it('refuses to publish an article dated in the future, pointing to scheduling; a draft may carry the date', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    const published = await rest(payload, 'POST', '/articles', {
      token,
      body: article({ publishedAt: tomorrow }),
    })
    expect(published.status).toBe(400)
    expect(issues(published)).toContainEqual(
      expect.objectContaining({
        path: 'publishedAt',
        message:
          'Data publikacji nie może być w przyszłości: artykuł ukazałby się od razu. Aby ukazał się później, zapisz go jako szkic i wybierz „Zaplanuj publikację” (strzałka obok przycisku „Opublikuj”).',
      }),
    )
    const draft = await rest(payload, 'POST', '/articles?draft=true', {
      token,
      body: article({ publishedAt: tomorrow, _status: 'draft' }),
    })
    expect(draft.status).toBe(201)
    const now = await rest(payload, 'POST', '/articles', {
      token,
      body: article({ publishedAt: new Date(Date.now() - 60_000).toISOString() }),
    })
    expect(now.status).toBe(201)
  })
})
