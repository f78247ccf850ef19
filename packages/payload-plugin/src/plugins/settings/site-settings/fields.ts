import { DEFAULT_REVIEW_MONTHS } from '../../../shared/review-by-field'
import type { Field } from 'payload'
import { collectionLabels, labelled } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import {
  validateOptionalUrl,
  validatePostalCode,
  validateRequiredLink,
  validateRequiredUrl,
} from '../../../shared/validators'

/** Fields of `site-settings`, exactly as the contract (`packages/contract/src/site-settings.ts`) reads them. */
export const siteSettingsFields: Field[] = [
  { name: 'gminaName', type: 'text', required: true, ...labelled((t) => t.siteSettings.gminaName) },
  { name: 'officeName', type: 'text', required: true, ...labelled((t) => t.siteSettings.officeName) },
  {
    name: 'coatOfArms',
    type: 'upload',
    relationTo: COLLECTION_SLUGS.media,
    ...labelled((t) => t.siteSettings.coatOfArms),
  },
  {
    name: 'address',
    type: 'group',
    ...labelled((t) => t.siteSettings.address),
    fields: [
      { name: 'street', type: 'text', required: true, ...labelled((t) => t.siteSettings.address.street) },
      {
        name: 'postalCode',
        type: 'text',
        required: true,
        validate: validatePostalCode,
        ...labelled((t) => t.siteSettings.address.postalCode),
      },
      { name: 'city', type: 'text', required: true, ...labelled((t) => t.siteSettings.address.city) },
      {
        name: 'mapUrl',
        type: 'text',
        validate: validateOptionalUrl,
        ...labelled((t) => t.siteSettings.address.mapUrl),
      },
    ],
  },
  {
    name: 'contacts',
    type: 'group',
    ...labelled((t) => t.siteSettings.contacts),
    fields: [
      { name: 'phone', type: 'text', required: true, ...labelled((t) => t.siteSettings.contacts.phone) },
      { name: 'email', type: 'email', required: true, ...labelled((t) => t.siteSettings.contacts.email) },
      { name: 'fax', type: 'text', ...labelled((t) => t.siteSettings.contacts.fax) },
    ],
  },
  {
    name: 'departments',
    type: 'array',
    maxRows: 20,
    labels: collectionLabels((t) => t.siteSettings.departments.rows),
    ...labelled((t) => t.siteSettings.departments),
    fields: [
      { name: 'name', type: 'text', required: true, ...labelled((t) => t.siteSettings.departments.name) },
      { name: 'phone', type: 'text', ...labelled((t) => t.siteSettings.departments.phone) },
      { name: 'email', type: 'email', ...labelled((t) => t.siteSettings.departments.email) },
    ],
  },
  {
    name: 'officeHours',
    type: 'array',
    labels: collectionLabels((t) => t.siteSettings.officeHours.rows),
    ...labelled((t) => t.siteSettings.officeHours),
    fields: [
      { name: 'days', type: 'text', required: true, ...labelled((t) => t.siteSettings.officeHours.days) },
      { name: 'hours', type: 'text', required: true, ...labelled((t) => t.siteSettings.officeHours.hours) },
    ],
  },
  {
    name: 'eServices',
    type: 'group',
    ...labelled((t) => t.siteSettings.eServices),
    fields: [
      {
        name: 'eboi',
        type: 'text',
        validate: validateOptionalUrl,
        ...labelled((t) => t.siteSettings.eServices.eboi),
      },
      {
        name: 'epuap',
        type: 'text',
        validate: validateOptionalUrl,
        ...labelled((t) => t.siteSettings.eServices.epuap),
      },
    ],
  },
  {
    name: 'social',
    type: 'array',
    labels: collectionLabels((t) => t.siteSettings.social.rows),
    ...labelled((t) => t.siteSettings.social),
    fields: [
      { name: 'label', type: 'text', required: true, ...labelled((t) => t.siteSettings.social.linkLabel) },
      {
        name: 'url',
        type: 'text',
        required: true,
        validate: validateRequiredUrl,
        ...labelled((t) => t.siteSettings.social.url),
      },
    ],
  },
  {
    name: 'quickLinks',
    type: 'array',
    maxRows: 8,
    labels: collectionLabels((t) => t.siteSettings.quickLinks.rows),
    ...labelled((t) => t.siteSettings.quickLinks),
    fields: [
      {
        name: 'label',
        type: 'text',
        required: true,
        ...labelled((t) => t.siteSettings.quickLinks.linkLabel),
      },
      {
        name: 'url',
        type: 'text',
        required: true,
        validate: validateRequiredLink,
        ...labelled((t) => t.siteSettings.quickLinks.url),
      },
    ],
  },
  {
    name: 'review',
    type: 'group',
    ...labelled((t) => t.siteSettings.review),
    fields: (['articles', 'bipDocuments'] as const).map((kind): Field => ({
      name: kind,
      type: 'number',
      min: 1,
      max: 120,
      defaultValue: DEFAULT_REVIEW_MONTHS,
      ...labelled((t) => t.siteSettings.review[kind]),
    })),
  },
]
