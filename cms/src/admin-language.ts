import { NextResponse, type NextRequest } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Polish by default: Payload picks its language from the `payload-lng` cookie, then from the
 * browser's Accept-Language. A first visit without the cookie gets Polish whatever the browser says; an
 * editor who switches to English in their account keeps it.
 */
export function polishByDefault(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${languageCookie}=pl`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'pl', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}
