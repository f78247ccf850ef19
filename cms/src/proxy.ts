import { NextResponse, type NextRequest } from 'next/server'
import { polishByDefault } from './admin-language'
import { apiRateLimit, tooManyApiRequests } from './api-rate-limit'
import { readEnv } from './env'

const limit = apiRateLimit(readEnv().RATUSZ_API_RATE_LIMIT)

/**
 * Next.js's proxy, run before the routes it matches in the CMS's Node process:
 * - the admin is in Polish for a first visit (`admin-language.ts`);
 * - the API (REST, GraphQL, the residents' forms under /api/public, Open311) answers each client on the internet
 *   `RATUSZ_API_RATE_LIMIT` requests a minute (`api-rate-limit.ts`); the forms' and sign-in's own, stricter
 *   limits come on top.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  if (!request.nextUrl.pathname.startsWith('/api/')) return polishByDefault(request)
  const wait = await limit.take(request.headers)
  return wait === null ? NextResponse.next() : tooManyApiRequests(wait)
}

export const config = { matcher: ['/admin/:path*', '/admin', '/api/:path*'] }
