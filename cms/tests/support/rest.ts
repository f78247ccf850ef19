import { handleEndpoints, type Payload } from 'payload'

export type RestResponse = { status: number; body: any; headers: Headers }

type RestOptions = {
  token?: string
  body?: unknown
  form?: FormData
  /** Extra request headers as a browser would send them: Cookie, Origin, X-Forwarded-For, Accept-Language. */
  headers?: Record<string, string>
}

/**
 * Calls the CMS's REST API through Payload's own request handler — the same function the Next.js route
 * `app/(payload)/api/[...slug]` calls — so access rules, hooks and serialization are the real ones.
 */
export const rest = async (
  payload: Payload,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: RestOptions = {},
): Promise<RestResponse> => {
  const response = await restResponse(payload, method, path, options)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

/** The raw response of a REST call, for files and other answers that are not JSON. */
export const restResponse = async (
  payload: Payload,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { token, body, form, headers: extra = {} }: RestOptions = {},
): Promise<Response> => {
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  return handleEndpoints({ config: payload.config, path: `/api${path.split('?')[0]}`, request })
}

/** A password long and uncommon enough for the staff password rules. */
export const TEST_PASSWORD = 'test-password-123'

/** Creates a user with the given roles (if missing). */
export const ensureUser = async (payload: Payload, email: string, roles: string[]): Promise<number> => {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (existing.docs[0]) return existing.docs[0].id as number
  const created = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: email, roles } as never,
  })
  return created.id as number
}

/** Creates a user with the given roles (if missing) and returns a REST token for it. */
export const signIn = async (payload: Payload, email: string, roles: string[]): Promise<string> => {
  await ensureUser(payload, email, roles)
  const login = await rest(payload, 'POST', '/users/login', { body: { email, password: TEST_PASSWORD } })
  if (!login.body?.token) throw new Error(`login failed for ${email}: ${JSON.stringify(login.body)}`)
  return login.body.token as string
}

/** The session cookie a sign-in set, as a browser would send it back (`name=value`). */
export const sessionCookie = (response: RestResponse): string => {
  const setCookie =
    response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token=')) ?? ''
  const pair = setCookie.split(';')[0]
  if (!pair?.includes('-token=')) throw new Error(`no session cookie in: ${setCookie}`)
  return pair
}
