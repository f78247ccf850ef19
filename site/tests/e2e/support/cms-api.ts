import { inject } from 'vitest'

export type ApiAnswer = { status: number; body: any }

/** Calls the e2e CMS's REST API as an integrator would, with a JWT when given. */
export const cmsApi = async (
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<ApiAnswer> => {
  const headers = new Headers(init.headers)
  headers.set('Content-Type', 'application/json')
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const response = await fetch(`${inject('cmsUrl')}/api${path}`, { ...init, headers })
  return { status: response.status, body: await response.json() }
}

/** Signs in as the seeded administrator and returns the token. */
export const adminToken = async (): Promise<string> => {
  const { body } = await cmsApi('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  if (!body?.token) throw new Error(`admin login failed: ${JSON.stringify(body)}`)
  return body.token as string
}

/** Like cmsApi, but returns the body and throws on an error answer. */
export const cmsApiOk = async (path: string, init: RequestInit & { token?: string } = {}): Promise<any> => {
  const { status, body } = await cmsApi(path, init)
  if (status >= 400) throw new Error(`${path}: HTTP ${status} ${JSON.stringify(body)}`)
  return body
}
