import { describe, expect, it } from 'vitest'
import { buildTree, menuRoots, subtreeIds } from './tree'

const at = '2026-01-01T00:00:00.000Z'
const cat = (
  id: number,
  slug: string,
  parent: number | null,
  order: number,
  menu: 'podmiotowe' | 'przedmiotowe' = 'przedmiotowe',
) => ({
  id,
  name: slug,
  slug,
  parent,
  order,
  menu,
  about: null,
  createdAt: at,
  updatedAt: at,
})

describe('BIP category tree', () => {
  it('builds nested paths, breadcrumbs and menus in order', () => {
    const tree = buildTree([
      cat(3, 'uchwaly', 1, 10),
      cat(1, 'prawo-lokalne', null, 20),
      cat(2, 'wojt', null, 10, 'podmiotowe'),
      cat(4, 'budzet', null, 5),
    ])
    expect(tree.get('3')?.path).toEqual(['prawo-lokalne', 'uchwaly'])
    expect(tree.get('3')?.ancestors.map((c) => c.slug)).toEqual(['prawo-lokalne'])
    expect(menuRoots(tree, 'przedmiotowe').map((n) => n.category.slug)).toEqual(['budzet', 'prawo-lokalne'])
    expect(menuRoots(tree, 'podmiotowe').map((n) => n.category.slug)).toEqual(['wojt'])
    expect([...subtreeIds(tree.get('1')!)]).toEqual(['1', '3'])
  })

  it('survives a cycle and a missing parent', () => {
    const tree = buildTree([cat(1, 'a', 2, 1), cat(2, 'b', 1, 2), cat(3, 'c', 99, 3)])
    expect(tree.get('3')?.path).toEqual(['c'])
    expect(tree.get('1')?.path.length).toBeLessThanOrEqual(2)
  })
})
