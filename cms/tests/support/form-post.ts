import { handleEndpoints, type Payload } from 'payload'

export type PageResponse = { status: number; text: string; headers: Headers }

/**
 * Sends a request to a public endpoint through Payload's REST handler as a browser's HTML form would:
 * `application/x-www-form-urlencoded` for a POST with fields, nothing for a GET. `path` may be a whole link
 * from a message (its host is ignored).
 */
export const publicRequest = async (
  payload: Payload,
  method: 'GET' | 'POST',
  link: string,
  fields?: Record<string, string | string[]> | string,
  headers: Record<string, string> = {},
): Promise<PageResponse> => {
  const url = new URL(link, 'http://localhost:4321')
  const body =
    typeof fields === 'string'
      ? fields
      : fields
        ? new URLSearchParams(
            Object.entries(fields).flatMap(([name, value]) =>
              (Array.isArray(value) ? value : [value]).map((one) => [name, one]),
            ),
          ).toString()
        : undefined
  const request = new Request(`http://localhost:3000${url.pathname}${url.search}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...headers,
    },
    body,
  })
  const response = await handleEndpoints({ config: payload.config, path: url.pathname, request })
  return { status: response.status, text: await response.text(), headers: response.headers }
}
