import type { Validate } from 'payload'

/** Whether the text is an ISSN ("2081-3872") with a right check digit. */
export const isValidIssn = (value: string): boolean => {
  const match = /^(\d{4})-(\d{3})([\dX])$/.exec(value.trim().toUpperCase())
  if (!match) return false
  const digits = `${match[1]}${match[2]}`.split('').map(Number)
  const sum = digits.reduce((total, digit, index) => total + digit * (8 - index), 0)
  const check = (11 - (sum % 11)) % 11
  return match[3] === (check === 10 ? 'X' : String(check))
}

/** An optional ISSN. */
export const validateIssn: Validate<string> = (value, { req }) =>
  !value?.trim() ||
  isValidIssn(value) ||
  (req?.i18n?.language === 'en'
    ? 'Enter the ISSN as 1234-5679 (the last digit is a check digit).'
    : 'Wpisz ISSN w formacie 1234-5679 (ostatnia cyfra jest kontrolna); sprawdź, czy nie ma literówki.')
