import { issueKinds } from '@ratusz/contract'
import type { Field, Validate, Where } from 'payload'
import { collectionLabels, label, labelled, message } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { PERIODICAL_SLUGS } from '../slugs'
import { processingFields } from './processing-fields'
import { DATE_FORMAT } from '../../../shared/date-formats'

const isSupplement = (data: Partial<Record<string, unknown>> | undefined): boolean =>
  data?.kind === 'supplement'

const validateSubject: Validate<string> = (value, { data, req }) =>
  !isSupplement(data as Record<string, unknown>) ||
  Boolean(value?.trim()) ||
  message(req, (t) => t.periodicals.messages.subjectRequired)

/** A table-of-contents page must exist in the PDF once its page count is known. */
const validatePage: Validate<number> = (value, { data, req }) => {
  if (typeof value !== 'number') return message(req, (t) => t.messages.required)
  const pages = (data as { pageCount?: unknown } | undefined)?.pageCount
  if (typeof pages === 'number' && pages > 0 && value > pages) {
    return message(req, (t) => t.periodicals.messages.pageOutOfRange, { page: value, pages })
  }
  return true
}

const sidebar = { position: 'sidebar' as const }

/** Fields of `newsletter-issues` besides the ones Payload adds to an upload (filename, filesize, url, …). */
export const issueFields = (): Field[] => [
  {
    name: 'periodical',
    type: 'relationship',
    relationTo: PERIODICAL_SLUGS.periodicals,
    required: true,
    index: true,
    ...labelled((t) => t.periodicals.newsletterIssues.periodical),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'number',
        type: 'text',
        required: true,
        ...labelled((t) => t.periodicals.newsletterIssues.number),
      },
      {
        name: 'publishedOn',
        type: 'date',
        required: true,
        index: true,
        ...labelled((t) => t.periodicals.newsletterIssues.publishedOn, {
          date: { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT },
        }),
      },
      {
        name: 'year',
        type: 'number',
        min: 1900,
        max: 2100,
        ...labelled((t) => t.periodicals.newsletterIssues.year),
      },
    ],
  },
  {
    name: 'urlSegment',
    type: 'text',
    index: true,
    ...labelled((t) => t.periodicals.newsletterIssues.urlSegment, { ...sidebar, readOnly: true }),
  },
  {
    name: 'kind',
    type: 'radio',
    required: true,
    defaultValue: 'regular',
    options: issueKinds.map((value) => ({
      value,
      label: label((t) => t.periodicals.newsletterIssues.kind[value]),
    })),
    ...labelled((t) => t.periodicals.newsletterIssues.kind, { layout: 'horizontal' as const }),
  },
  {
    name: 'subject',
    type: 'text',
    validate: validateSubject,
    ...labelled((t) => t.periodicals.newsletterIssues.subject, {
      condition: (data: Record<string, unknown>) => isSupplement(data),
    }),
  },
  {
    name: 'parentIssue',
    type: 'relationship',
    relationTo: PERIODICAL_SLUGS.newsletterIssues,
    filterOptions: ({ data, id }) => {
      const where: Where[] = [{ kind: { equals: 'regular' } }]
      if (data?.periodical) where.push({ periodical: { equals: data.periodical } })
      if (id) where.push({ id: { not_equals: id } })
      return { and: where }
    },
    ...labelled((t) => t.periodicals.newsletterIssues.parentIssue, {
      condition: (data: Record<string, unknown>) => isSupplement(data),
    }),
  },
  {
    name: 'cover',
    type: 'upload',
    relationTo: COLLECTION_SLUGS.media,
    ...labelled((t) => t.periodicals.newsletterIssues.cover),
  },
  { name: 'printRun', type: 'number', min: 1, ...labelled((t) => t.periodicals.newsletterIssues.printRun) },
  {
    name: 'contents',
    type: 'array',
    labels: collectionLabels((t) => t.periodicals.newsletterIssues.contents.rows),
    ...labelled((t) => t.periodicals.newsletterIssues.contents),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'title',
            type: 'text',
            required: true,
            ...labelled((t) => t.periodicals.newsletterIssues.contents.title, { width: '80%' }),
          },
          {
            name: 'page',
            type: 'number',
            required: true,
            min: 1,
            validate: validatePage,
            ...labelled((t) => t.periodicals.newsletterIssues.contents.page, { width: '20%' }),
          },
        ],
      },
    ],
  },
  ...processingFields(),
]
