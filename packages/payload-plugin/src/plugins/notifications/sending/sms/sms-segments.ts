/** The GSM 03.38 default alphabet: text of these characters only travels as GSM-7 (7 bits a character). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
/** The extension table: each of these takes two GSM-7 characters (an escape and itself). */
const GSM_EXTENDED = '^{}\\[~]|€\f'

/** How an SMS travels and what it costs: its encoding, length in the encoding's units, and the parts billed. */
export type SmsSegments = { encoding: 'GSM-7' | 'UCS-2'; units: number; parts: number }

/**
 * The parts an SMS text is sent in. GSM-7 carries 160 characters in one part and 153 in each part of a longer
 * one; any other character (ą, ę, ł, ó, ś, ż…) forces UCS-2: 70 in one part, 67 in each part of a longer one,
 * counted in UTF-16 units (an emoji takes two).
 */
export const smsSegments = (text: string): SmsSegments => {
  let gsmUnits = 0
  for (const char of text) {
    if (GSM_BASIC.includes(char)) gsmUnits += 1
    else if (GSM_EXTENDED.includes(char)) gsmUnits += 2
    else {
      const units = text.length
      return { encoding: 'UCS-2', units, parts: units <= 70 ? 1 : Math.ceil(units / 67) }
    }
  }
  return { encoding: 'GSM-7', units: gsmUnits, parts: gsmUnits <= 160 ? 1 : Math.ceil(gsmUnits / 153) }
}
