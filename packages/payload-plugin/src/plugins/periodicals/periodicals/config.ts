import { coverStyles, periodicalFrequencies } from '@ratusz/contract'
import type { CollectionConfig } from 'payload'
import { publicReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { PERIODICAL_SLUGS } from '../slugs'
import { validateIssn } from './validate-issn'

/** `periodicals`: the gmina's newspapers and newsletters, each with its archive of issues. Public read. */
export const periodicalsCollection = (): CollectionConfig => ({
  slug: PERIODICAL_SLUGS.periodicals,
  labels: collectionLabels((t) => t.periodicals.periodicals),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'frequency', 'publisher', 'updatedAt'],
    group: label((t) => t.groups.content),
    description: label((t) => t.periodicals.periodicals.description),
  },
  defaultSort: 'title',
  access: publicReadEditorWrite,
  fields: [
    { name: 'title', type: 'text', required: true, ...labelled((t) => t.periodicals.periodicals.title) },
    slugField('title'),
    { name: 'description', type: 'textarea', ...labelled((t) => t.periodicals.periodicals.about) },
    {
      name: 'publisher',
      type: 'text',
      required: true,
      ...labelled((t) => t.periodicals.periodicals.publisher),
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'monthly',
      options: periodicalFrequencies.map((value) => ({
        value,
        label: label((t) => t.periodicals.periodicals.frequency[value]),
      })),
      ...labelled((t) => t.periodicals.periodicals.frequency),
    },
    {
      name: 'issn',
      type: 'text',
      validate: validateIssn,
      ...labelled((t) => t.periodicals.periodicals.issn, { position: 'sidebar' as const }),
    },
    {
      name: 'printRun',
      type: 'number',
      min: 1,
      ...labelled((t) => t.periodicals.periodicals.printRun, { position: 'sidebar' as const }),
    },
    {
      name: 'coverStyle',
      type: 'select',
      required: true,
      defaultValue: 'green',
      options: coverStyles.map((value) => ({
        value,
        label: label((t) => t.periodicals.periodicals.coverStyle[value]),
      })),
      ...labelled((t) => t.periodicals.periodicals.coverStyle, { position: 'sidebar' as const }),
    },
  ],
})
