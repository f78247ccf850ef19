import type { BipCategory } from '@ratusz/contract'

/** A BIP category with what its pages need: slug path from the root, parents and children in menu order. */
export type CategoryNode = {
  category: BipCategory
  path: string[]
  ancestors: BipCategory[]
  children: CategoryNode[]
}

const byOrder = (a: BipCategory, b: BipCategory) => a.order - b.order || a.name.localeCompare(b.name, 'pl')

/** Builds the menu tree; categories whose parent is missing become top-level, cycles are cut. */
export function buildTree(categories: readonly BipCategory[]): Map<string, CategoryNode> {
  const byId = new Map(categories.map((category) => [String(category.id), category]))
  const nodes = new Map<string, CategoryNode>()
  const nodeOf = (category: BipCategory, seen: Set<string> = new Set()): CategoryNode => {
    const key = String(category.id)
    const existing = nodes.get(key)
    if (existing) return existing
    const parent = category.parent === null ? undefined : byId.get(String(category.parent))
    const parentNode = parent && !seen.has(key) ? nodeOf(parent, new Set([...seen, key])) : undefined
    // A cycle may have created this node while walking up its parents.
    const made = nodes.get(key)
    if (made) return made
    const node: CategoryNode = {
      category,
      path: [...(parentNode?.path ?? []), category.slug],
      ancestors: parentNode ? [...parentNode.ancestors, parentNode.category] : [],
      children: [],
    }
    nodes.set(key, node)
    return node
  }
  for (const category of [...categories].sort(byOrder)) {
    const node = nodeOf(category)
    const parent = node.ancestors.at(-1)
    if (parent) nodes.get(String(parent.id))!.children.push(node)
  }
  return nodes
}

/** The top-level items of one menu, in order. */
export function menuRoots(tree: Map<string, CategoryNode>, menu: BipCategory['menu']): CategoryNode[] {
  return [...tree.values()]
    .filter((node) => node.ancestors.length === 0 && node.category.menu === menu)
    .sort((a, b) => byOrder(a.category, b.category))
}

/** The ids of a category and every category below it. */
export function subtreeIds(node: CategoryNode): Set<string> {
  const ids = new Set([String(node.category.id)])
  for (const child of node.children) for (const id of subtreeIds(child)) ids.add(id)
  return ids
}
