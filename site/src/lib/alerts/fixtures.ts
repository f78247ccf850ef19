import type { Alert, Area } from '@ratusz/contract'

/** Test data for the alerts helpers: areas and a factory of alerts as the contract parses them. */
const at = '2025-06-01T00:00:00.000Z'

const areaOf = (id: number, name: string, slug: string, kind: Area['kind'] = 'solectwo'): Area => ({
  id,
  name,
  slug,
  kind,
  description: null,
  createdAt: at,
  updatedAt: at,
})

export const floodGroup = areaOf(11, 'Zagrożenie powodziowe', 'zagrozenie-powodziowe', 'grupa')
export const debina = areaOf(2, 'Dębina', 'debina')

let nextId = 1

export const alertOf = (overrides: Partial<Alert> = {}): Alert => {
  const id = nextId++
  return {
    id,
    title: `Komunikat ${id}`,
    slug: `komunikat-${id}`,
    kind: 'komunikat',
    severity: 'informacja',
    shortText: 'Krótka treść.',
    body: null,
    attachments: [],
    areas: [],
    validFrom: '2025-06-14T08:00:00.000Z',
    validUntil: '2025-06-14T20:00:00.000Z',
    source: null,
    publishedAt: '2025-06-14T07:00:00.000Z',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}
