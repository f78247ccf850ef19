import type { Validate } from 'payload'
import { message } from './i18n'
import { isAllowedLinkUrl } from './link-url'

/** A Polish postal code: two digits, a hyphen, three digits (05-600). */
const POSTAL_CODE = /^\d{2}-\d{3}$/

/** Required text in the NN-NNN postal code format. */
export const validatePostalCode: Validate<string> = (value, { req }) => {
  if (!value?.trim()) return message(req, (t) => t.messages.required)
  return POSTAL_CODE.test(value.trim()) || message(req, (t) => t.messages.postalCode)
}

/** Whether the text is an absolute http(s) address. */
const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** An optional absolute http(s) address. */
export const validateOptionalUrl: Validate<string> = (value, { req }) =>
  !value?.trim() || isHttpUrl(value.trim()) || message(req, (t) => t.messages.url)

/** A required absolute http(s) address. */
export const validateRequiredUrl: Validate<string> = (value, { req }) => {
  if (!value?.trim()) return message(req, (t) => t.messages.required)
  return isHttpUrl(value.trim()) || message(req, (t) => t.messages.url)
}

/** A required link target: an absolute http(s) address, a mailto: or tel: address, or a path on the site (`/kontakt/`). */
export const validateRequiredLink: Validate<string> = (value, { req }) => {
  if (!value?.trim()) return message(req, (t) => t.messages.required)
  return isAllowedLinkUrl(value) || message(req, (t) => t.messages.linkUrl, { url: value.trim() })
}
