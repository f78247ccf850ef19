import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { isAdmin } from '../../shared/access'
import { sharedPl } from '../../shared/translations/pl'
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

type Entity = CollectionConfig | GlobalConfig

/**
 * The document's "API" tab (its raw JSON and REST address) for administrators only: for a clerk it is noise, and
 * an address to poke at.
 */
const apiTabForAdmins = <T extends Entity>(entity: T): T => {
  const edit = (entity.admin?.components?.views?.edit ?? {}) as Record<string, { tab?: object } | undefined>
  return {
    ...entity,
    admin: {
      ...entity.admin,
      components: {
        ...entity.admin?.components,
        views: {
          ...entity.admin?.components?.views,
          edit: {
            ...edit,
            api: {
              ...edit.api,
              tab: { ...edit.api?.tab, condition: isAdmin },
            },
          },
        },
      },
    },
  }
}

/** Whether a collection sits in the administrators' group (users; the settings are globals). */
const inAdminGroup = (entity: Entity): boolean =>
  (entity.admin?.group as { pl?: string } | undefined)?.pl === sharedPl.groups.admin

/**
 * The dashboard and the navigation list groups in the order their first collection comes: the administrators'
 * group (users, settings) goes last, after the clerks' daily work (content, files).
 */
const adminGroupLast = (collections: CollectionConfig[]): CollectionConfig[] => [
  ...collections.filter((collection) => !inAdminGroup(collection)),
  ...collections.filter(inAdminGroup),
]

/**
 * The frame of the admin around our collections, in Polish throughout: one date format in headers, versions
 * and lists, Payload's general texts where its own Polish does not agree with our labels, and each document's API
 * tab for administrators only; the administrators' group comes last. What the host config sets wins.
 */
export const adminFramePlugin =
  () =>
  (config: Config): Config => {
    const translations = config.i18n?.translations as Record<string, Record<string, object>> | undefined
    return {
      ...config,
      collections: config.collections && adminGroupLast(config.collections.map(apiTabForAdmins)),
      globals: config.globals?.map(apiTabForAdmins),
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
