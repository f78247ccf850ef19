'use client'
import { useFormFields } from '@payloadcms/ui'
import { polishPlural } from './polish-plural'

/** 1 znak, 2–4 znaki, 5 znaków (12–14 znaków). */
const characters = (count: number): string =>
  polishPlural(count, { one: 'znak', few: 'znaki', many: 'znaków' })

/**
 * Under a text field with a length limit (an alert's 160-character short text for SMS, a lead): how many
 * characters it holds as the editor types, and by how many it is over.
 */
export const CharacterCount = ({ path, maxLength }: { path: string; maxLength: number }) => {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const count = typeof value === 'string' ? [...value].length : 0
  const over = count - maxLength
  return (
    <p className="ratusz-count" data-over={over > 0 || undefined} aria-live="polite">
      {count} / {maxLength} {characters(maxLength)}
      {over > 0 && ` — o ${over} ${characters(over)} za dużo`}
    </p>
  )
}
