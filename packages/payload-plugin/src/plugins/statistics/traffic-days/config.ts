import type { CollectionConfig, Field } from 'payload'
import { isAdmin, isEditor } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import type { Translations } from '../../../translations'
import { TRAFFIC_SECTIONS } from '../log/classify-request'
import { STATISTICS_SLUGS } from '../slugs'

const never = () => false

type DayTexts = Translations['statistics']['trafficDays']

const count = (
  name: keyof DayTexts & string,
  pick: (t: DayTexts) => { label: string; description: string },
): Field => ({
  name,
  type: 'number',
  min: 0,
  defaultValue: 0,
  required: true,
  ...labelled((t) => pick(t.statistics.trafficDays)),
})

/**
 * `traffic-days`: one record per Warsaw day with the day's totals from the access logs (page views, visitors,
 * per section, feed and calendar fetches, PDF downloads, bots), page views per path and entries per referrer
 * domain. Written only by the log import; editors read it, administrators may delete a day to import it again.
 */
export const trafficDaysCollection = (): CollectionConfig => ({
  slug: STATISTICS_SLUGS.trafficDays,
  labels: collectionLabels((t) => t.statistics.trafficDays),
  // statistics are never on the site: an import or a typed figure publishes nothing
  custom: notOnSite,
  admin: {
    useAsTitle: 'day',
    defaultColumns: ['day', 'pageViews', 'visitors', 'pdfDownloads', 'feedFetches', 'botRequests'],
    group: label((t) => t.statistics.group),
    description: label((t) => t.statistics.trafficDays.description),
  },
  defaultSort: '-day',
  access: { read: isEditor, create: never, update: never, delete: isAdmin },
  fields: [
    {
      name: 'day',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      ...labelled((t) => t.statistics.trafficDays.day),
    },
    count('pageViews', (t) => t.pageViews),
    count('visitors', (t) => t.visitors),
    {
      name: 'sections',
      type: 'group',
      ...labelled((t) => t.statistics.trafficDays.sectionsGroup),
      fields: TRAFFIC_SECTIONS.map((section) => ({
        name: section,
        type: 'group' as const,
        label: label((t) => t.statistics.sections[section]),
        fields: [count('pageViews', (t) => t.pageViews), count('visitors', (t) => t.visitors)],
      })),
    },
    count('feedFetches', (t) => t.feedFetches),
    count('calendarFetches', (t) => t.calendarFetches),
    count('pdfDownloads', (t) => t.pdfDownloads),
    count('requests', (t) => t.requests),
    count('botRequests', (t) => t.botRequests),
    { name: 'paths', type: 'json', ...labelled((t) => t.statistics.trafficDays.paths) },
    { name: 'referrers', type: 'json', ...labelled((t) => t.statistics.trafficDays.referrers) },
    count('imports', (t) => t.imports),
  ],
})
