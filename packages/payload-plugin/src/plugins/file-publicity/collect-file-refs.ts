import type { Field } from 'payload'
import { emptyRefs, type FileRefs, isFileCollection } from './file-collections'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null

/** The id of a relation value as Payload stores or populates it: `12`, `'12'` or `{ id: 12, … }`. */
const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (isObject(value) && (typeof value.id === 'number' || typeof value.id === 'string'))
    return String(value.id)
  return undefined
}

const addRelation = (refs: FileRefs, relationTo: string | string[], value: unknown): void => {
  for (const one of Array.isArray(value) ? value : [value]) {
    if (Array.isArray(relationTo)) {
      // Polymorphic: { relationTo, value }.
      if (isObject(one) && isFileCollection(one.relationTo)) {
        const id = idOf(one.value)
        if (id) refs[one.relationTo].add(id)
      }
    } else if (isFileCollection(relationTo)) {
      const id = idOf(one)
      if (id) refs[relationTo].add(id)
    }
  }
}

/**
 * Rich text (Lexical JSON): every node that points at a file — upload and relationship nodes
 * (`{ relationTo, value }`) and internal links (`fields.doc = { relationTo, value }`).
 */
const addRichText = (refs: FileRefs, node: unknown): void => {
  if (Array.isArray(node)) {
    for (const child of node) addRichText(refs, child)
    return
  }
  if (!isObject(node)) return
  if (isFileCollection(node.relationTo) && 'value' in node) {
    const id = idOf(node.value)
    if (id) refs[node.relationTo].add(id)
  }
  for (const value of Object.values(node)) if (typeof value === 'object') addRichText(refs, value)
}

const walk = (refs: FileRefs, fields: readonly Field[], data: unknown): void => {
  if (!isObject(data)) return
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        addRelation(refs, field.relationTo, data[field.name])
        break
      case 'richText':
        addRichText(refs, data[field.name])
        break
      case 'group':
        walk(refs, field.fields, 'name' in field && field.name ? data[field.name] : data)
        break
      case 'row':
      case 'collapsible':
        walk(refs, field.fields, data)
        break
      case 'tabs':
        for (const tab of field.tabs)
          walk(refs, tab.fields, 'name' in tab && tab.name ? data[tab.name] : data)
        break
      case 'array': {
        const rows = data[field.name]
        if (Array.isArray(rows)) for (const row of rows) walk(refs, field.fields, row)
        break
      }
      case 'blocks': {
        const rows = data[field.name]
        if (!Array.isArray(rows)) break
        for (const row of rows) {
          const block = isObject(row) ? field.blocks.find((one) => one.slug === row.blockType) : undefined
          if (block) walk(refs, block.fields, row)
        }
        break
      }
      default:
        break
    }
  }
}

/** Every media and documents file a record's data points at, through any field or rich-text node. */
export const collectFileRefs = (fields: readonly Field[], data: unknown): FileRefs => {
  const refs = emptyRefs()
  walk(refs, fields, data)
  return refs
}

/** Whether a list of fields can point at a file at all (so whether a collection or global needs the hooks). */
export const canReferenceFiles = (fields: readonly Field[]): boolean =>
  fields.some((field) => {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).some(
          isFileCollection,
        )
      case 'richText':
        return true
      case 'group':
      case 'row':
      case 'collapsible':
      case 'array':
        return canReferenceFiles(field.fields)
      case 'tabs':
        return field.tabs.some((tab) => canReferenceFiles(tab.fields))
      case 'blocks':
        return field.blocks.some((block) => canReferenceFiles(block.fields))
      default:
        return false
    }
  })
