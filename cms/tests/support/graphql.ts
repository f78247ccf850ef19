import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

export type GraphQLError = { message: string; extensions?: { statusCode?: number; name?: string } }
export type GraphQLResponse = { status: number; data: Record<string, any> | null; errors: GraphQLError[] }

const handlers = new WeakMap<Payload, ReturnType<typeof GRAPHQL_POST>>()

/**
 * Calls the CMS's GraphQL API through Payload's own handler — the function the Next.js route
 * `app/(payload)/api/graphql` exports — so the schema, access rules and error shapes are the real ones.
 */
export const graphql = async (
  payload: Payload,
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphQLResponse> => {
  let handler = handlers.get(payload)
  if (!handler) {
    handler = GRAPHQL_POST(Promise.resolve(payload.config))
    handlers.set(payload, handler)
  }
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  const response = await handler(request)
  const body = (await response.json()) as { data?: Record<string, any> | null; errors?: GraphQLError[] }
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] }
}
