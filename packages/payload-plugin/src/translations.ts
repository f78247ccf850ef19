import { alertsEn } from './plugins/alerts/translations/en'
import { alertsPl } from './plugins/alerts/translations/pl'
import { bipEn } from './plugins/bip/translations/en'
import { bipPl } from './plugins/bip/translations/pl'
import { coreEn } from './plugins/core/translations/en'
import { corePl } from './plugins/core/translations/pl'
import { eventsEn } from './plugins/events/translations/en'
import { eventsPl } from './plugins/events/translations/pl'
import { filePublicityEn } from './plugins/file-publicity/translations/en'
import { filePublicityPl } from './plugins/file-publicity/translations/pl'
import { newsEn } from './plugins/news/translations/en'
import { newsPl } from './plugins/news/translations/pl'
import { notificationsEn } from './plugins/notifications/translations/en'
import { notificationsPl } from './plugins/notifications/translations/pl'
import { periodicalsEn } from './plugins/periodicals/translations/en'
import { periodicalsPl } from './plugins/periodicals/translations/pl'
import { reportsEn } from './plugins/reports/translations/en'
import { reportsPl } from './plugins/reports/translations/pl'
import { publishingEn } from './plugins/publishing/translations/en'
import { publishingPl } from './plugins/publishing/translations/pl'
import { requestBodyEn } from './plugins/request-body/translations/en'
import { requestBodyPl } from './plugins/request-body/translations/pl'
import { statisticsEn } from './plugins/statistics/translations/en'
import { statisticsPl } from './plugins/statistics/translations/pl'
import { settingsEn } from './plugins/settings/translations/en'
import { settingsPl } from './plugins/settings/translations/pl'
import { taxonomiesEn } from './plugins/taxonomies/translations/en'
import { taxonomiesPl } from './plugins/taxonomies/translations/pl'
import { sharedEn } from './shared/translations/en'
import { sharedPl } from './shared/translations/pl'

/**
 * Every label, description and message the admin panel shows, in Polish (the admin's default language), merged
 * from the plugins: each keeps its own texts beside it (`translations/{pl,en}.ts` in its folder, under keys of its
 * own), and `shared/translations` holds those they share. Messages may hold `{placeholders}` filled by `format()`
 * in shared/i18n.ts.
 */
export const pl = {
  ...sharedPl,
  ...corePl,
  ...settingsPl,
  ...taxonomiesPl,
  ...newsPl,
  ...eventsPl,
  ...bipPl,
  ...alertsPl,
  ...periodicalsPl,
  ...notificationsPl,
  ...reportsPl,
  ...publishingPl,
  ...statisticsPl,
  ...filePublicityPl,
  ...requestBodyPl,
}

/** The shape every language of the admin provides. */
export type Translations = typeof pl

/** English labels and messages, for editors who switch the admin to English; the compiler checks every key. */
export const en: Translations = {
  ...sharedEn,
  ...coreEn,
  ...settingsEn,
  ...taxonomiesEn,
  ...newsEn,
  ...eventsEn,
  ...bipEn,
  ...alertsEn,
  ...periodicalsEn,
  ...notificationsEn,
  ...reportsEn,
  ...publishingEn,
  ...statisticsEn,
  ...filePublicityEn,
  ...requestBodyEn,
}
