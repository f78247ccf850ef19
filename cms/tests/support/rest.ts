import { handleEndpoints, type Payload } from 'payload'

export type RestResponse = { status: number; body: any }

type RestOptions = { token?: string; body?: unknown; form?: FormData }

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
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** The raw response of a REST call, for files and other answers that are not JSON. */
export const restResponse = async (
  payload: Payload,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { token, body, form }: RestOptions = {},
): Promise<Response> => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  return handleEndpoints({ config: payload.config, path: `/api${path.split('?')[0]}`, request })
}

/** Creates a user with the given roles (if missing) and returns a REST token for it. */
export const signIn = async (payload: Payload, email: string, roles: string[]): Promise<string> => {
  const password = 'test-password-123'
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (existing.docs.length === 0) {
    await payload.create({ collection: 'users', data: { email, password, name: email, roles } as never })
  }
  const login = await rest(payload, 'POST', '/users/login', { body: { email, password } })
  if (!login.body?.token) throw new Error(`login failed for ${email}: ${JSON.stringify(login.body)}`)
  return login.body.token as string
}
