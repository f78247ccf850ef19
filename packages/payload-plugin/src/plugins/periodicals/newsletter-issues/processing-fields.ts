import { issueProcessingStates } from '@ratusz/contract'
import type { Field } from 'payload'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/** Only the PDF job (Local API) writes these: REST and GraphQL writes are ignored, administrators' too. */
const jobOnly = { create: () => false, update: () => false }

/** The fields only the PDF job writes (see keepProcessingResults). */
export const PROCESSING_FIELD_NAMES = [
  'processing',
  'pageCount',
  'pdfTitle',
  'pdfLanguage',
  'generatedCover',
  'pages',
] as const

/**
 * What the PDF job writes: read-only for editors, shown in the sidebar (state, warnings, page count, metadata,
 * the rendered cover) and, collapsed, below the form (the text of every page).
 */
export const processingFields = (): Field[] => [
  {
    name: 'processing',
    access: jobOnly,
    type: 'group',
    ...labelled((t) => t.periodicals.newsletterIssues.processing, readOnlySidebar),
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'queued',
        options: issueProcessingStates.map((value) => ({
          value,
          label: label((t) => t.periodicals.newsletterIssues.processing.status[value]),
        })),
        ...labelled((t) => t.periodicals.newsletterIssues.processing.status, { readOnly: true }),
      },
      {
        name: 'warnings',
        type: 'array',
        labels: collectionLabels((t) => t.periodicals.newsletterIssues.processing.warnings.rows),
        ...labelled((t) => t.periodicals.newsletterIssues.processing.warnings, { readOnly: true }),
        fields: [
          { name: 'code', type: 'text', admin: { hidden: true } },
          {
            name: 'message',
            type: 'textarea',
            ...labelled((t) => t.periodicals.newsletterIssues.processing.warning, { readOnly: true }),
          },
        ],
      },
      {
        name: 'error',
        type: 'textarea',
        ...labelled((t) => t.periodicals.newsletterIssues.processing.error, {
          readOnly: true,
          condition: (_: unknown, sibling: Record<string, unknown>) => Boolean(sibling?.error),
        }),
      },
      {
        name: 'processedAt',
        type: 'date',
        ...labelled((t) => t.periodicals.newsletterIssues.processing.processedAt, {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime' as const, displayFormat: DATE_TIME_FORMAT },
        }),
      },
    ],
  },
  {
    name: 'pageCount',
    access: jobOnly,
    type: 'number',
    ...labelled((t) => t.periodicals.newsletterIssues.pageCount, readOnlySidebar),
  },
  {
    name: 'pdfTitle',
    access: jobOnly,
    type: 'text',
    ...labelled((t) => t.periodicals.newsletterIssues.pdfTitle, readOnlySidebar),
  },
  {
    name: 'pdfLanguage',
    access: jobOnly,
    type: 'text',
    ...labelled((t) => t.periodicals.newsletterIssues.pdfLanguage, readOnlySidebar),
  },
  {
    name: 'generatedCover',
    access: jobOnly,
    type: 'upload',
    relationTo: COLLECTION_SLUGS.media,
    ...labelled((t) => t.periodicals.newsletterIssues.generatedCover, readOnlySidebar),
  },
  {
    name: 'pages',
    access: jobOnly,
    type: 'array',
    labels: collectionLabels((t) => t.periodicals.newsletterIssues.pages.rows),
    ...labelled((t) => t.periodicals.newsletterIssues.pages, { readOnly: true, initCollapsed: true }),
    fields: [
      {
        name: 'page',
        type: 'number',
        required: true,
        ...labelled((t) => t.periodicals.newsletterIssues.pages.page),
      },
      { name: 'text', type: 'textarea', ...labelled((t) => t.periodicals.newsletterIssues.pages.text) },
    ],
  },
]
