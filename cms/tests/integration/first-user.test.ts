import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, dropTestDatabase } from '../support/postgres'
import { rest } from '../support/rest'
import { closeVariant, variantPayload } from '../support/variant-payload'

describe('users: the first account, over REST on an empty database', () => {
  let payload: Payload
  let database: { name: string; url: string }

  beforeAll(async () => {
    database = await createTestDatabase('ratusz_it_first_user')
    payload = await variantPayload({ env: { DATABASE_URL: database.url } })
  })

  afterAll(async () => {
    await closeVariant(payload)
    await dropTestDatabase(database.name)
  })

  it('makes the account of "create first user" an administrator, and refuses a second one', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const first = await rest(payload, 'POST', '/users/first-register', {
      body: { email: 'wojt@example.pl', password: 'pierwsze-haslo-wojta', name: 'Wójt', roles: ['editor'] },
    })
    expect(first.status).toBe(200)
    expect(first.body.user.roles).toEqual(['admin', 'editor'])

    const second = await rest(payload, 'POST', '/users/first-register', {
      body: { email: 'ktos@example.pl', password: 'drugie-haslo-kogos', name: 'Ktoś', roles: ['admin'] },
    })
    expect(second.status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})
