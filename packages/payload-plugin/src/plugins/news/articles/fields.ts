import { reviewByField } from '../../../shared/review-by-field'
import type { Field, RichTextField } from 'payload'
import { labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { validatePublicationDate } from '../../../shared/validate-publication-date'
import { userName } from './hooks/default-author'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

/** Longest lead: it is shown in lists and feeds. */
const LEAD_MAX_LENGTH = 400

/**
 * Fields of `articles`. `areas` only when the config has an `areas` collection; `editor` only when the host
 * config has no default rich-text editor.
 */
export const articleFields = ({
  withAreas,
  editor,
}: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): Field[] => [
  { name: 'title', type: 'text', required: true, ...labelled((t) => t.articles.title) },
  slugField('title'),
  {
    name: 'lead',
    type: 'textarea',
    required: true,
    maxLength: LEAD_MAX_LENGTH,
    ...labelled((t) => t.articles.lead),
  },
  {
    name: 'body',
    type: 'richText',
    required: true,
    ...(editor ? { editor } : {}),
    ...labelled((t) => t.articles.body),
  },
  { name: 'cover', type: 'upload', relationTo: COLLECTION_SLUGS.media, ...labelled((t) => t.articles.cover) },
  {
    name: 'categories',
    type: 'relationship',
    relationTo: COLLECTION_SLUGS.categories,
    hasMany: true,
    ...labelled((t) => t.articles.categories, { position: 'sidebar' as const }),
  },
  ...(withAreas
    ? [
        {
          name: 'areas',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.areas,
          hasMany: true,
          ...labelled((t) => t.articles.areas, { position: 'sidebar' as const }),
        } satisfies Field,
      ]
    : []),
  {
    name: 'attachments',
    type: 'upload',
    relationTo: COLLECTION_SLUGS.documents,
    hasMany: true,
    ...labelled((t) => t.articles.attachments),
  },
  {
    name: 'featured',
    type: 'checkbox',
    defaultValue: false,
    ...labelled((t) => t.articles.featured, { position: 'sidebar' as const }),
  },
  {
    name: 'author',
    type: 'text',
    required: true,
    defaultValue: ({ user }) => userName(user),
    ...labelled((t) => t.articles.author, { position: 'sidebar' as const }),
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    validate: validatePublicationDate,
    ...labelled((t) => t.articles.publishedAt, {
      position: 'sidebar' as const,
      date: {
        pickerAppearance: 'dayAndTime' as const,
        timeFormat: 'HH:mm',
        displayFormat: DATE_TIME_FORMAT,
      },
    }),
  },
  reviewByField('articles'),
]
