/**
 * A provider's error without personal data: e-mail addresses and phone numbers replaced (an SMTP rejection often
 * quotes the recipient), cut to a length an admin reads. Stored on the delivery and logged; never the address.
 */
export const redact = (text: string): string =>
  text
    .replace(/[^\s<>"'@]+@[^\s<>"']+/g, '[adres]')
    .replace(/\+?\d[\d\s-]{7,}\d/g, '[numer]')
    .slice(0, 300)
