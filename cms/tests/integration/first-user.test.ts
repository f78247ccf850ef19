import { readConfig } from '@ratusz/config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rest } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

describe('users: the first account, over REST on an empty database', () => {
  let payload: Payload

  beforeAll(async () => {
    // Empty, made (and dropped at the end) by global-setup.ts.
    payload = await variantPayload({
      env: { DATABASE_URL: readConfig('tests').RATUSZ_TEST_EMPTY_DATABASE_URL },
    })
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
