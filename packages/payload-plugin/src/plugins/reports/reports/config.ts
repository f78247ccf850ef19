import { REPORT_CHANNELS } from '@ratusz/resident-forms'
import type { CollectionConfig, Field } from 'payload'
import { isAdmin, isReportsStaff } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { onSiteWhen } from '../../../shared/not-on-site'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { neverField, readReports, staffOnlyField, updateReports } from '../access'
import { REPORT_SLUGS } from '../slugs'
import { REPORT_STATUSES } from '../statuses'
import { deleteHistory } from './hooks/delete-history'
import { prepareReport } from './hooks/prepare-report'
import { recordHistory } from './hooks/record-history'

const staff = { read: staffOnlyField }
const secret = { read: neverField, create: neverField, update: neverField }
const systemOnly = { create: neverField, update: neverField }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Where a report came from: the site's form, an Open311 app, or a clerk (a phone call, a visit). */
export const REPORT_SOURCES = ['form', 'open311', 'office'] as const

/**
 * `reports`: residents' reports. A report from the site or an Open311 app waits for the resident's confirmation
 * (link or SMS code) before the office sees it; its handlers (the category's) move it through its states, reply
 * and note; every change of state and reply reaches the resident. Anonymous readers (the site, Open311) see the
 * reports the office marked public, without personal data: only the category, area, state, public place and
 * public description. Personal data is erased a set time after closing (erase-task.ts); the record stays for the
 * counts.
 */
export const reportsCollection = (options: { withAreas: boolean }): CollectionConfig => ({
  slug: REPORT_SLUGS.reports,
  labels: collectionLabels((t) => t.reports.reports),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['id', 'title', 'category', 'status', 'assignee', 'dueAt', 'confirmedAt'],
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.reports.description),
    listSearchableFields: ['title', 'place'],
  },
  defaultSort: '-confirmedAt',
  // On the site (/zgloszenia/) only once public: saving a private report publishes nothing.
  custom: onSiteWhen((doc) => Boolean(doc.public && doc.confirmedAt && !doc.erasedAt)),
  access: { read: readReports, create: isReportsStaff, update: updateReports, delete: isAdmin },
  hooks: {
    beforeChange: [
      prepareReport,
      ({ data }) => ({
        ...data,
        title: [data.place, data.description?.slice(0, 60)].filter(Boolean).join(' – ') || null,
      }),
    ],
    afterChange: [recordHistory],
    beforeDelete: [deleteHistory],
  },
  fields: [
    { name: 'title', type: 'text', access: { ...staff, ...systemOnly }, admin: { hidden: true } },
    {
      name: 'category',
      type: 'relationship',
      relationTo: REPORT_SLUGS.categories,
      required: true,
      index: true,
      ...labelled((t) => t.reports.reports.category),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 4000,
      access: staff,
      ...labelled((t) => t.reports.reports.text),
    },
    ...(options.withAreas
      ? [
          {
            name: 'area',
            type: 'relationship',
            relationTo: COLLECTION_SLUGS.areas,
            index: true,
            ...labelled((t) => t.reports.reports.area),
          } satisfies Field,
        ]
      : []),
    {
      name: 'place',
      type: 'text',
      maxLength: 300,
      access: staff,
      ...labelled((t) => t.reports.reports.place),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          min: -90,
          max: 90,
          access: staff,
          ...labelled((t) => t.reports.reports.latitude),
        },
        {
          name: 'longitude',
          type: 'number',
          min: -180,
          max: 180,
          access: staff,
          ...labelled((t) => t.reports.reports.longitude),
        },
      ],
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: REPORT_SLUGS.photos,
      hasMany: true,
      maxRows: 3,
      access: { ...staff, ...systemOnly },
      ...labelled((t) => t.reports.reports.photos),
    },
    {
      type: 'collapsible',
      label: label((t) => t.reports.reports.contactChannel.label),
      fields: [
        {
          name: 'contactChannel',
          type: 'select',
          options: REPORT_CHANNELS.map((value) => ({
            value,
            label: label((t) => t.reports.reports.channels[value]),
          })),
          access: staff,
          ...labelled((t) => t.reports.reports.contactChannel),
        },
        {
          name: 'contactEmail',
          type: 'email',
          access: staff,
          ...labelled((t) => t.reports.reports.contactEmail),
        },
        {
          name: 'contactPhone',
          type: 'text',
          maxLength: 16,
          access: staff,
          ...labelled((t) => t.reports.reports.contactPhone),
        },
        {
          name: 'consentVersion',
          type: 'text',
          access: { ...staff, ...systemOnly },
          ...labelled((t) => t.reports.reports.consentVersion, { readOnly: true }),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      options: REPORT_STATUSES.map((value) => ({
        value,
        label: label((t) => t.reports.reports.status[value]),
      })),
      ...labelled((t) => t.reports.reports.status, { position: 'sidebar' as const }),
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      access: staff,
      filterOptions: { roles: { in: ['reports-handler', 'admin'] } },
      ...labelled((t) => t.reports.reports.assignee, { position: 'sidebar' as const }),
    },
    {
      name: 'justification',
      type: 'textarea',
      maxLength: 2000,
      access: staff,
      ...labelled((t) => t.reports.reports.justification, {
        condition: (data: { status?: string }) => data?.status === 'rejected' || data?.status === 'forwarded',
      }),
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: 4000,
      access: staff,
      ...labelled((t) => t.reports.reports.reply),
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 4000,
      access: staff,
      ...labelled((t) => t.reports.reports.note),
    },
    {
      name: 'messages',
      type: 'join',
      collection: REPORT_SLUGS.messages,
      on: 'report',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      access: staff,
      ...labelled((t) => t.reports.reports.messages, {
        defaultColumns: ['kind', 'body', 'status', 'author', 'createdAt'],
      }),
    },
    {
      type: 'collapsible',
      label: label((t) => t.reports.reports.public.label),
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'public',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          ...labelled((t) => t.reports.reports.public),
        },
        {
          name: 'publicPlace',
          type: 'text',
          maxLength: 200,
          ...labelled((t) => t.reports.reports.publicPlace),
        },
        {
          name: 'publicDescription',
          type: 'textarea',
          maxLength: 2000,
          ...labelled((t) => t.reports.reports.publicDescription),
        },
      ],
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'form',
      options: REPORT_SOURCES.map((value) => ({ value, label: value })),
      access: { ...staff, ...systemOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...(['confirmedAt', 'dueAt', 'firstResponseAt', 'closedAt', 'erasedAt'] as const).map((name): Field => ({
      name,
      type: 'date',
      index: name !== 'erasedAt',
      access: name === 'dueAt' ? staff : name === 'erasedAt' ? { ...staff, ...systemOnly } : systemOnly,
      ...labelled((t) => t.reports.reports[name], {
        position: 'sidebar' as const,
        readOnly: true,
        ...dayAndTime,
      }),
    })),
    { name: 'confirmNonce', type: 'text', access: secret, admin: { hidden: true } },
    { name: 'statusNonce', type: 'text', access: secret, admin: { hidden: true } },
    { name: 'pendingUntil', type: 'date', index: true, access: secret, admin: { hidden: true } },
    { name: 'codeAttempts', type: 'number', access: secret, admin: { hidden: true } },
  ],
})
