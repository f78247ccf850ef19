import { formatNames, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  allows,
  COLLECTIONS,
  configCollections,
  DRAFT_READERS,
  expected,
  GLOBALS,
  type Operation,
  type Role,
  ROLES,
} from '../support/access-table'
import { graphql, type GraphQLResponse } from '../support/graphql'
import { placeholderInput, schemaOperations } from '../support/graphql-input'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const MISSING = 987654
const OPERATIONS = ['read', 'create', 'update', 'delete'] as const

/** Payload's GraphQL names of a collection: `Article`/`Articles`, `Media`/`allMedia`. */
const collectionNames = (slug: string) => {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** A GraphQL answer as a status: 200 when the field came back, else the first error's status (or its text). */
const outcome = (response: GraphQLResponse, field: string): number | string => {
  const [error] = response.errors
  if (error) return error.extensions?.statusCode ?? `GraphQL error: ${error.message}`
  return response.data?.[field] ? 200 : `no ${field} and no error`
}

/** A REST token for each signed-in role. */
const signInRoles = async (payload: Payload): Promise<Partial<Record<Role, string>>> => ({
  editor: await signIn(payload, 'macierz-redaktor@example.pl', ['editor']),
  'bip-editor': await signIn(payload, 'macierz-bip@example.pl', ['bip-editor']),
  admin: await signIn(payload, 'macierz-admin@example.pl', ['admin']),
  'reports-handler': await signIn(payload, 'macierz-zgloszenia@example.pl', ['reports-handler']),
})

describe('access matrix: every collection and global × every role × every operation', () => {
  let payload: Payload
  const tokens: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    payload = await testPayload()
    Object.assign(tokens, await signInRoles(payload))
  })

  it('has a row for every collection and global of the config', () => {
    expect(configCollections(payload.config.collections).sort()).toEqual(Object.keys(COLLECTIONS).sort())
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual(Object.keys(GLOBALS).sort())
  })

  it('gives each role the expected status for each collection operation over REST', async () => {
    const mismatches: string[] = []
    for (const [slug, row] of Object.entries(COLLECTIONS)) {
      for (const role of ROLES) {
        const token = tokens[role]
        const actual = {
          read: (await rest(payload, 'GET', `/${slug}?limit=1`, { token })).status,
          create: (await rest(payload, 'POST', `/${slug}`, { token, body: {} })).status,
          update: (await rest(payload, 'PATCH', `/${slug}/${MISSING}`, { token, body: {} })).status,
          delete: (await rest(payload, 'DELETE', `/${slug}/${MISSING}`, { token })).status,
        }
        for (const op of OPERATIONS) {
          const want = expected(op, row[op], role)
          if (actual[op] !== want)
            mismatches.push(`${slug} ${op} as ${role}: ${actual[op]}, expected ${want}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('gives each role the expected status for each global over REST', async () => {
    const mismatches: string[] = []
    for (const [slug, row] of Object.entries(GLOBALS)) {
      const current = (await rest(payload, 'GET', `/globals/${slug}?depth=0`, { token: tokens.admin })).body
      for (const role of ROLES) {
        const token = tokens[role]
        const read = (await rest(payload, 'GET', `/globals/${slug}`, { token })).status
        const update = (await rest(payload, 'POST', `/globals/${slug}`, { token, body: current })).status
        if (read !== (allows(row.read, role) ? 200 : 403)) mismatches.push(`${slug} read as ${role}: ${read}`)
        // Saving the current content back: 200 when allowed (or 400 if the global was never filled in).
        const allowed = allows(row.update, role) === true
        if (allowed ? update === 403 : update !== 403) mismatches.push(`${slug} update as ${role}: ${update}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('gives each role over GraphQL exactly what REST gives it, for every collection operation', async () => {
    const { queries, dataTypes } = await schemaOperations(payload)
    const mismatches: string[] = []
    for (const collection of payload.config.collections.filter(({ slug }) => !slug.startsWith('payload-'))) {
      const { singular, plural } = collectionNames(collection.slug)
      if (collection.graphQL === false) {
        if (queries.has(plural))
          mismatches.push(`${collection.slug} is hidden from GraphQL but has ${plural}`)
        continue
      }
      const row = COLLECTIONS[collection.slug]
      if (!row) {
        mismatches.push(`${collection.slug} has no row`)
        continue
      }
      const data = {
        create: await placeholderInput(payload, dataTypes.get(`create${singular}`) as string),
        update: await placeholderInput(payload, dataTypes.get(`update${singular}`) as string),
      }
      const call = (op: Operation, token: string | undefined) => {
        const field = op === 'read' ? plural : `${op}${singular}`
        const query = {
          read: `{ ${plural}(limit: 1) { totalDocs } }`,
          create: `mutation ($data: ${dataTypes.get(field)}!) { ${field}(data: $data) { id } }`,
          update: `mutation ($data: ${dataTypes.get(field)}!) { ${field}(id: ${MISSING}, data: $data) { id } }`,
          delete: `mutation { ${field}(id: ${MISSING}) { id } }`,
        }[op]
        const variables = op === 'create' || op === 'update' ? { data: data[op] } : undefined
        return graphql(payload, query, { token, variables }).then((response) => outcome(response, field))
      }
      for (const role of ROLES) {
        const token = tokens[role]
        // Where reading is allowed, GraphQL counts the same records as REST (a role limited to some sees no more).
        const restCount = (await rest(payload, 'GET', `/${collection.slug}?limit=1`, { token })).body
          .totalDocs
        const graphqlCount = (await graphql(payload, `{ ${plural}(limit: 1) { totalDocs } }`, { token }))
          .data?.[plural]?.totalDocs
        if (restCount !== graphqlCount)
          mismatches.push(`${collection.slug} count as ${role}: ${graphqlCount}, over REST ${restCount}`)
        for (const op of OPERATIONS) {
          const actual = await call(op, token)
          const want = expected(op, row[op], role)
          if (actual !== want)
            mismatches.push(`${collection.slug} ${op} as ${role}: ${actual}, expected ${want}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('gives each role over GraphQL exactly what REST gives it, for every global', async () => {
    const { dataTypes } = await schemaOperations(payload)
    const mismatches: string[] = []
    for (const [slug, row] of Object.entries(GLOBALS)) {
      const name = formatNames(slug).singular
      const input = await placeholderInput(payload, dataTypes.get(`update${name}`) as string)
      for (const role of ROLES) {
        const token = tokens[role]
        const read = outcome(await graphql(payload, `{ ${name} { __typename } }`, { token }), name)
        const update = outcome(
          await graphql(
            payload,
            `mutation ($data: ${dataTypes.get(`update${name}`)}!) { update${name}(data: $data) { __typename } }`,
            {
              token,
              variables: { data: input },
            },
          ),
          `update${name}`,
        )
        if (read !== (allows(row.read, role) ? 200 : 403)) mismatches.push(`${slug} read as ${role}: ${read}`)
        // Saving a placeholder: 200 when allowed, or 400 when a required field is left empty.
        const allowed = allows(row.update, role) === true
        if (allowed ? update !== 200 && update !== 400 : update !== 403)
          mismatches.push(`${slug} update as ${role}: ${update}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

/** What a role sees of one record, through every way of reading it. */
const sightings = async (payload: Payload, slug: string, id: number, token: string | undefined) => {
  const { singular, plural } = collectionNames(slug)
  const ids = (docs: { id: number }[] | undefined) => (docs ?? []).map((doc) => doc.id)
  const list = (query: string) =>
    rest(payload, 'GET', `/${slug}?where[id][equals]=${id}&depth=0${query}`, { token })
  const byId = (query: string) => rest(payload, 'GET', `/${slug}/${id}?depth=0${query}`, { token })
  const graphqlList = await graphql(
    payload,
    `{ ${plural}(where: { id: { equals: ${id} } }, draft: true) { docs { id } } }`,
    { token },
  )
  const graphqlById = await graphql(payload, `{ ${singular}(id: ${id}, draft: true) { id } }`, { token })
  const versions = await rest(payload, 'GET', `/${slug}/versions?where[parent][equals]=${id}&depth=0`, {
    token,
  })
  const graphqlVersions = await graphql(
    payload,
    `{ versions${plural}(where: { parent: { equals: ${id} } }) { totalDocs } }`,
    { token },
  )
  return {
    restList: ids((await list('')).body.docs),
    restDraftList: ids((await list('&draft=true')).body.docs),
    restById: (await byId('')).status,
    restDraftById: (await byId('&draft=true')).status,
    graphqlList: ids(graphqlList.data?.[plural]?.docs),
    graphqlById: outcome(graphqlById, singular),
    // The number of versions seen, or the refusal's status.
    restVersions: versions.status === 200 ? versions.body.totalDocs : versions.status,
    graphqlVersions:
      graphqlVersions.data?.[`versions${plural}`]?.totalDocs ?? outcome(graphqlVersions, `versions${plural}`),
  }
}

describe('draft visibility: a draft-only record of every collection with drafts', () => {
  let payload: Payload
  const tokens: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    payload = await testPayload()
    Object.assign(tokens, await signInRoles(payload))
  })

  it('has a row for every collection with drafts', () => {
    const withDrafts = payload.config.collections.filter(
      (collection) => typeof collection.versions === 'object' && Boolean(collection.versions.drafts),
    )
    expect(withDrafts.map((collection) => collection.slug).sort()).toEqual(Object.keys(DRAFT_READERS).sort())
  })

  it('shows the draft to its editors only, over REST (list, by id, ?draft=true) and GraphQL', async () => {
    const mismatches: string[] = []
    for (const [slug, readers] of Object.entries(DRAFT_READERS)) {
      // Drafts skip validation, so an empty draft is a valid draft-only record.
      const { id } = (await payload.create({
        collection: slug as never,
        draft: true,
        data: { _status: 'draft' } as never,
      })) as unknown as { id: number }
      for (const role of ROLES) {
        const seen = allows(readers, role) === true
        const want = {
          restList: seen ? [id] : [],
          restDraftList: seen ? [id] : [],
          restById: seen ? 200 : 404,
          restDraftById: seen ? 200 : 404,
          graphqlList: seen ? [id] : [],
          graphqlById: seen ? 200 : 404,
          restVersions: seen ? 1 : 403,
          graphqlVersions: seen ? 1 : 403,
        }
        const actual = await sightings(payload, slug, id, tokens[role])
        if (JSON.stringify(actual) !== JSON.stringify(want))
          mismatches.push(`${slug} as ${role}: ${JSON.stringify(actual)}, expected ${JSON.stringify(want)}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('answers each role by id over GraphQL as over REST, for every record an administrator sees', async () => {
    const mismatches: string[] = []
    const checked: Record<string, number> = {}
    for (const slug of configCollections(payload.config.collections)) {
      const { singular } = collectionNames(slug)
      // Users: this file's three accounts (the database is shared with other test files' accounts).
      const scope = slug === 'users' ? '&where[email][like]=macierz-' : ''
      const all = await rest(payload, 'GET', `/${slug}?limit=5&depth=0&draft=true${scope}`, {
        token: tokens.admin,
      })
      checked[slug] = all.body.docs.length
      for (const { id } of all.body.docs as { id: number }[]) {
        for (const role of ROLES) {
          const token = tokens[role]
          const overRest = (await rest(payload, 'GET', `/${slug}/${id}?depth=0&draft=true`, { token })).status
          const query = `{ ${singular}(id: ${id}, draft: true) { id } }`
          const overGraphql = outcome(await graphql(payload, query, { token }), singular)
          if (overGraphql !== overRest)
            mismatches.push(`${slug} ${id} as ${role}: ${overGraphql} over GraphQL, ${overRest} over REST`)
        }
      }
    }
    expect(mismatches).toEqual([])
    // Not vacuous: the four signed-in accounts (each role's own and the others') were asked for.
    expect(checked.users).toBe(4)
  })
})
