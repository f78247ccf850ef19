import type { CollectionBeforeValidateHook } from 'payload'

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0

/** The name of a signed-in user, if they have one. */
export const userName = (user: unknown): string | undefined => {
  const name =
    user && typeof user === 'object' && 'name' in user ? (user as { name?: unknown }).name : undefined
  return filled(name) ? (name as string).trim() : undefined
}

/** An article without an author is signed with the full name of the person saving it. */
export const defaultAuthor: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || filled(data.author)) return data
  if (data.author === undefined && filled(originalDoc?.author)) return data
  const name = userName(req.user)
  return name ? { ...data, author: name } : data
}
