import { handleEndpoints, type Payload } from 'payload'

/** Sends a request body exactly as given (malformed JSON included) through Payload's REST handler. */
export const rawRest = async (
  payload: Payload,
  method: 'POST' | 'PATCH',
  path: string,
  body: string,
  token?: string,
): Promise<{ status: number; body: any }> => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: payload.config,
    path: `/api${path.split('?')[0]}`,
    request: new Request(`http://localhost:3000/api${path}`, { method, headers, body }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}
