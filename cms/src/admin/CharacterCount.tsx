'use client'
import { useFormFields } from '@payloadcms/ui'

/** Polish plural of "znak" for a count: 1 znak, 2–4 znaki, 5 znaków (12–14 znaków). */
const characters = (count: number): string => {
  const tens = count % 100
  const ones = count % 10
  if (count === 1) return 'znak'
  if (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) return 'znaki'
  return 'znaków'
}

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
