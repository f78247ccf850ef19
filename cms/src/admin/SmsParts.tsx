'use client'
import { useFormFields } from '@payloadcms/ui'
import { smsPartsNote } from './sms-parts-note'

/**
 * Under an alert's short text, when the CMS sends SMS: how many parts each recipient's SMS will take as the
 * editor types (Polish letters halve what one part carries; providers bill each part).
 */
export const SmsParts = ({ path, siteUrl }: { path: string; siteUrl: string }) => {
  const value = useFormFields(([fields]) => fields[path]?.value)
  return (
    <p className="ratusz-count ratusz-sms-parts" aria-live="polite">
      {smsPartsNote(typeof value === 'string' ? value : '', siteUrl)}
    </p>
  )
}
