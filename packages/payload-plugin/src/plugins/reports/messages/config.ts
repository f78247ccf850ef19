import type { CollectionConfig } from 'payload'
import { isReportsStaff } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { byCategoryOfReport, neverField } from '../access'
import { REPORT_SLUGS } from '../slugs'
import { MESSAGE_KINDS, REPORT_STATUSES } from '../statuses'
import { prepareMessage, sendMessageToResident, tellStaffOfAnswer } from './hooks'

const never = () => false

/**
 * `report-messages`: the history of a report, one record per event: a change of state, a reply the resident
 * gets, an internal note, the resident's answer from the status page. Kept as written (never changed); each
 * carries its report's category, so a handler reads the messages of their categories only. A change of state or
 * a reply goes to the resident through the notifications' delivery queue; a resident's answer is announced to the
 * report's handlers by e-mail.
 */
export const reportMessagesCollection = (): CollectionConfig => ({
  slug: REPORT_SLUGS.messages,
  labels: collectionLabels((t) => t.reports.messages),
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['report', 'kind', 'body', 'author', 'createdAt'],
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.messages.description),
  },
  defaultSort: '-createdAt',
  custom: notOnSite,
  access: { read: byCategoryOfReport, create: isReportsStaff, update: never, delete: never },
  hooks: { beforeChange: [prepareMessage], afterChange: [sendMessageToResident, tellStaffOfAnswer] },
  fields: [
    {
      name: 'report',
      type: 'relationship',
      relationTo: REPORT_SLUGS.reports,
      required: true,
      index: true,
      ...labelled((t) => t.reports.messages.report),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'note',
      options: MESSAGE_KINDS.map((value) => ({ value, label: label((t) => t.reports.messages.kind[value]) })),
      ...labelled((t) => t.reports.messages.kind),
    },
    { name: 'body', type: 'textarea', maxLength: 4000, ...labelled((t) => t.reports.messages.body) },
    {
      name: 'status',
      type: 'select',
      options: REPORT_STATUSES.map((value) => ({
        value,
        label: label((t) => t.reports.reports.status[value]),
      })),
      access: { create: neverField, update: neverField },
      ...labelled((t) => t.reports.messages.status, { readOnly: true }),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      access: { create: neverField, update: neverField },
      ...labelled((t) => t.reports.messages.author, { readOnly: true }),
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: REPORT_SLUGS.categories,
      index: true,
      access: { create: neverField, update: neverField },
      admin: { hidden: true },
    },
  ],
})
