import type { Field } from 'payload'
import { accessibilityStatuses, preparationMethods, unavailableReasons } from '@ratusz/contract'
import { mobileAppFields } from './mobile-app-fields'
import { isSignedIn } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { validateOptionalUrl } from '../../../shared/validators'
import { DEFAULT_PROCEDURE } from './default-procedure'
import { reviewWarning } from './hooks/review-warning'
import { DATE_FORMAT } from '../../../shared/date-formats'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT } }

/**
 * Fields of `accessibility-statement`, every element of the ministry's template 2.0, exactly as the contract
 * (`packages/contract/src/accessibility-statement.ts`) reads them; plus the admin-only review warning.
 */
export const accessibilityStatementFields: Field[] = [
  {
    name: 'reviewWarning',
    type: 'textarea',
    virtual: true,
    access: { read: isSignedIn, create: () => false, update: () => false },
    hooks: { afterRead: [reviewWarning] },
    ...labelled((t) => t.accessibility.reviewWarning, {
      readOnly: true,
      condition: (data: Record<string, unknown>) => Boolean(data?.reviewWarning),
    }),
  },
  { name: 'entityName', type: 'text', required: true, ...labelled((t) => t.accessibility.entityName) },
  {
    type: 'row',
    fields: [
      {
        name: 'publishedOn',
        type: 'date',
        required: true,
        ...labelled((t) => t.accessibility.publishedOn, day),
      },
      { name: 'updatedOn', type: 'date', required: true, ...labelled((t) => t.accessibility.updatedOn, day) },
    ],
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    options: accessibilityStatuses.map((value) => ({
      value,
      label: label((t) => t.accessibility.status[value]),
    })),
    ...labelled((t) => t.accessibility.status),
  },
  {
    name: 'unavailableContent',
    type: 'array',
    labels: collectionLabels((t) => t.accessibility.unavailableContent.rows),
    ...labelled((t) => t.accessibility.unavailableContent),
    fields: [
      {
        name: 'content',
        type: 'textarea',
        required: true,
        ...labelled((t) => t.accessibility.unavailableContent.content),
      },
      {
        name: 'reason',
        type: 'select',
        required: true,
        options: unavailableReasons.map((value) => ({
          value,
          label: label((t) => t.accessibility.unavailableContent.reason[value]),
        })),
        ...labelled((t) => t.accessibility.unavailableContent.reason),
      },
      {
        name: 'explanation',
        type: 'textarea',
        ...labelled((t) => t.accessibility.unavailableContent.explanation),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'preparedOn',
        type: 'date',
        required: true,
        ...labelled((t) => t.accessibility.preparedOn, day),
      },
      { name: 'reviewedOn', type: 'date', ...labelled((t) => t.accessibility.reviewedOn, day) },
    ],
  },
  {
    name: 'preparationMethod',
    type: 'select',
    required: true,
    defaultValue: 'samoocena',
    options: preparationMethods.map((value) => ({
      value,
      label: label((t) => t.accessibility.preparationMethod[value]),
    })),
    ...labelled((t) => t.accessibility.preparationMethod),
  },
  {
    name: 'assessor',
    type: 'text',
    ...labelled((t) => t.accessibility.assessor, {
      condition: (data: Record<string, unknown>) => data?.preparationMethod === 'zewnetrzny',
    }),
  },
  {
    name: 'assessmentUrl',
    type: 'text',
    validate: validateOptionalUrl,
    ...labelled((t) => t.accessibility.assessmentUrl),
  },
  {
    name: 'contact',
    type: 'group',
    ...labelled((t) => t.accessibility.contact),
    fields: [
      { name: 'person', type: 'text', required: true, ...labelled((t) => t.accessibility.contact.person) },
      { name: 'email', type: 'email', required: true, ...labelled((t) => t.accessibility.contact.email) },
      { name: 'phone', type: 'text', required: true, ...labelled((t) => t.accessibility.contact.phone) },
    ],
  },
  {
    name: 'procedure',
    type: 'textarea',
    required: true,
    defaultValue: DEFAULT_PROCEDURE,
    ...labelled((t) => t.accessibility.procedure),
  },
  {
    name: 'architecturalAccessibility',
    type: 'textarea',
    required: true,
    ...labelled((t) => t.accessibility.architecturalAccessibility),
  },
  {
    name: 'communicationAccessibility',
    type: 'textarea',
    required: true,
    ...labelled((t) => t.accessibility.communicationAccessibility),
  },
  {
    name: 'mobileApps',
    type: 'array',
    labels: collectionLabels((t) => t.accessibility.mobileApps.rows),
    ...labelled((t) => t.accessibility.mobileApps),
    fields: mobileAppFields(),
  },
  { name: 'notes', type: 'textarea', ...labelled((t) => t.accessibility.notes) },
]
