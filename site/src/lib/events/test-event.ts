import { event, type Event } from '@ratusz/contract'

const at = '2025-01-10T10:00:00.000Z'

/** A published event as the contract parses it, for unit tests. */
export function testEvent(overrides: Record<string, unknown> = {}): Event {
  return event.parse({
    id: 1,
    title: 'Próba chóru',
    slug: 'proba-choru',
    lead: 'Chór zaprasza.',
    start: '2025-03-20T17:00:00.000Z',
    end: '2025-03-20T18:30:00.000Z',
    place: { name: 'Gminny Ośrodek Kultury', address: 'ul. Parkowa 1, Lipowa Wola' },
    categories: [{ id: 3, name: 'Kultura i sport', slug: 'kultura-i-sport', createdAt: at, updatedAt: at }],
    status: 'planned',
    sequence: 0,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  })
}
