import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload'
import { ensureUser, rest, signIn } from '../support/rest'

const errorMessages = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => [
    ...(error.data?.errors ?? []).map((detail: any) => detail.message as string),
    ...(error.data?.errors ? [] : [error.message as string]),
  ])

describe('users: who may create, read and change accounts', () => {
  let payload: Payload
  let editor: string
  let admin: string
  let otherId: number

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-users@example.pl', ['editor'])
    admin = await signIn(payload, 'admin-users@example.pl', ['admin'])
    otherId = await ensureUser(payload, 'inny-redaktor@example.pl', ['editor'])
  })

  it('refuses anonymous sign-up', async () => {
    const email = 'samozwaniec@example.pl'
    const create = await rest(payload, 'POST', '/users', {
      body: { email, password: 'bardzo-tajne-haslo-2026', name: 'Samozwaniec' },
    })
    expect(create.status).toBe(403)
    expect((await payload.find({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(
      0,
    )
  })

  it('does not let an editor read or change another user', async () => {
    const read = await rest(payload, 'GET', `/users/${otherId}`, { token: editor })
    expect(read.status).toBe(404)
    const list = await rest(payload, 'GET', '/users?limit=100', { token: editor })
    expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual(['redaktor-users@example.pl'])
    const change = await rest(payload, 'PATCH', `/users/${otherId}`, {
      token: editor,
      body: { name: 'Podmieniony' },
    })
    expect(change.status).toBe(403)
    const remove = await rest(payload, 'DELETE', `/users/${otherId}`, { token: editor })
    expect(remove.status).toBe(403)
    const after = await payload.findByID({ collection: 'users', id: otherId })
    expect((after as { name: string }).name).toBe('inny-redaktor@example.pl')
  })

  it('stores the public name trimmed and refuses a blank one, in Polish', async () => {
    const email = 'nowa-osoba@example.pl'
    const blank = await rest(payload, 'POST', '/users', {
      token: admin,
      body: { email, password: 'bardzo-tajne-haslo-2026', name: '   ', roles: ['editor'] },
    })
    expect(blank.status).toBe(400)
    expect(errorMessages(blank.body)).toEqual(['Wpisz imię i nazwisko (same spacje nie wystarczą).'])

    const created = await rest(payload, 'POST', '/users', {
      token: admin,
      body: { email, password: 'bardzo-tajne-haslo-2026', name: '  Anna Kowalska  ', roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.name).toBe('Anna Kowalska')
  })
})
