import { signShownAt } from '../../../packages/payload-plugin/src/shared/residents/resident-token'

/**
 * The `n`-th request of a sign-up storm: a new address from its own client address, except one request in 20,
 * which comes from one shared client (those get the intended 429s). The form was shown five seconds ago.
 */
export const signUpRequest = (n: number, secret: string) => {
  const shared = n % 20 === 0
  return {
    body: new URLSearchParams({
      kanal: 'email',
      email: `burza-${n}@example.pl`,
      rodzaje: 'alerts',
      czestotliwosc: 'immediately',
      zgoda: 'tak',
      pokazano: signShownAt(secret, Date.now() - 5000),
    }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': shared ? '192.0.2.1' : `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
  }
}
