import type { Config } from 'payload'
import { DATE_TIME_FORMAT } from '../../shared/date-formats'

/**
 * Payload's own Polish texts that read badly around our labels: a boolean as "Prawda/Fałszywe", "Tworzenie
 * nowego Aktualność" (one template for every gender), "<Bez Czas trwania (s)>". These say the same in words that
 * agree with any label.
 */
const generalPl = {
  true: 'Tak',
  false: 'Nie',
  creatingNewLabel: 'Nowy wpis: {{label}}',
  createNewLabel: 'Utwórz wpis: {{label}}',
  noLabel: '<brak: {{label}}>',
}

/**
 * The frame of the admin around our collections, in Polish throughout: one date format in headers, versions
 * and lists, and Payload's general texts where its own Polish does not agree with our labels. What the host
 * config sets wins.
 */
export const adminFramePlugin =
  () =>
  (config: Config): Config => {
    const translations = config.i18n?.translations as Record<string, Record<string, object>> | undefined
    return {
      ...config,
      admin: { dateFormat: DATE_TIME_FORMAT, ...config.admin },
      i18n: {
        ...config.i18n,
        translations: {
          ...translations,
          pl: {
            ...translations?.pl,
            general: { ...generalPl, ...translations?.pl?.general },
          },
        } as NonNullable<Config['i18n']>['translations'],
      },
    }
  }
