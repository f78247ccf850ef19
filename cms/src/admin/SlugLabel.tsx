'use client'
import { FieldLabel } from '@payloadcms/ui'
import type { TextFieldClient } from 'payload'

/**
 * The slug's label without the "required" mark: its help says to leave it empty (a hook makes it from the title),
 * while the field stays required for the database and the API (slug-label.ts).
 */
export const SlugLabel = ({ field, path }: { field?: TextFieldClient; path?: string }) => (
  <FieldLabel label={field?.label} path={path} required={false} localized={field?.localized} />
)
