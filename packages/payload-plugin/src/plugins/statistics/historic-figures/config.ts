import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { STATISTICS_SLUGS } from '../slugs'

export const HISTORIC_CHANNELS = ['website', 'bip', 'facebook', 'instagram', 'youtube', 'other'] as const
export const HISTORIC_MEASURES = [
  'visits',
  'pageViews',
  'visitors',
  'posts',
  'profileVisits',
  'followers',
  'other',
] as const

/**
 * `historic-figures`: yearly figures an administrator types in, for years before Ratusz counted (a BIP's visits
 * since 2003) and for channels it cannot see (Facebook, Instagram), each with its source. One figure per year,
 * channel and measure. Editors read them; administrators write them.
 */
export const historicFiguresCollection = (): CollectionConfig => ({
  slug: STATISTICS_SLUGS.historicFigures,
  labels: collectionLabels((t) => t.statistics.historicFigures),
  // statistics are never on the site: an import or a typed figure publishes nothing
  custom: notOnSite,
  admin: {
    useAsTitle: 'source',
    defaultColumns: ['year', 'channel', 'measure', 'value', 'source'],
    group: label((t) => t.statistics.group),
    description: label((t) => t.statistics.historicFigures.description),
  },
  defaultSort: '-year',
  access: { read: isEditor, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['year', 'channel', 'measure'], unique: true }],
  fields: [
    {
      name: 'year',
      type: 'number',
      required: true,
      min: 1990,
      max: 2100,
      ...labelled((t) => t.statistics.historicFigures.year),
    },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: HISTORIC_CHANNELS.map((value) => ({
        value,
        label: label((t) => t.statistics.historicFigures.channel[value]),
      })),
      ...labelled((t) => t.statistics.historicFigures.channel),
    },
    {
      name: 'measure',
      type: 'select',
      required: true,
      options: HISTORIC_MEASURES.map((value) => ({
        value,
        label: label((t) => t.statistics.historicFigures.measure[value]),
      })),
      ...labelled((t) => t.statistics.historicFigures.measure),
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      min: 0,
      ...labelled((t) => t.statistics.historicFigures.value),
    },
    { name: 'source', type: 'text', required: true, ...labelled((t) => t.statistics.historicFigures.source) },
    { name: 'note', type: 'textarea', ...labelled((t) => t.statistics.historicFigures.note) },
  ],
})
