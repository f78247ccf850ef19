import { organiserKinds } from '@ratusz/contract'
import type { Field } from 'payload'
import { label, labelled } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { validateOptionalUrl } from '../../../shared/validators'
import {
  validateCoordinate,
  validateDeadline,
  validateOrganiserArea,
  validateOrganiserName,
} from './validate'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

const kindIs =
  (...kinds: string[]) =>
  (_: unknown, siblingData: Record<string, unknown>) =>
    kinds.includes(String(siblingData?.kind))

/** Place: name, address, optional coordinates. */
export const placeField = (): Field => ({
  name: 'place',
  type: 'group',
  ...labelled((t) => t.events.place),
  fields: [
    { name: 'name', type: 'text', required: true, ...labelled((t) => t.events.place.name) },
    { name: 'address', type: 'text', ...labelled((t) => t.events.place.address) },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          validate: validateCoordinate('longitude', 90),
          ...labelled((t) => t.events.place.latitude),
        },
        {
          name: 'longitude',
          type: 'number',
          validate: validateCoordinate('latitude', 180),
          ...labelled((t) => t.events.place.longitude),
        },
      ],
    },
  ],
})

/** Organiser: the gmina, an area of `areas`, or a named organisation with contact details. */
export const organiserField = (withAreas: boolean): Field => ({
  name: 'organiser',
  type: 'group',
  ...labelled((t) => t.events.organiser),
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'gmina',
      options: organiserKinds
        .filter((kind) => withAreas || kind !== 'area')
        .map((value) => ({
          value,
          label: label((t) => t.events.organiser.kind[value]),
        })),
      ...labelled((t) => t.events.organiser.kind),
    },
    ...(withAreas
      ? [
          {
            name: 'area',
            type: 'relationship',
            relationTo: COLLECTION_SLUGS.areas,
            validate: validateOrganiserArea,
            ...labelled((t) => t.events.organiser.area, { condition: kindIs('area') }),
          } satisfies Field,
        ]
      : []),
    {
      name: 'name',
      type: 'text',
      validate: validateOrganiserName,
      ...labelled((t) => t.events.organiser.name, { condition: kindIs('organisation') }),
    },
    {
      type: 'row',
      admin: { condition: kindIs('organisation') },
      fields: [
        { name: 'phone', type: 'text', ...labelled((t) => t.events.organiser.phone) },
        { name: 'email', type: 'email', ...labelled((t) => t.events.organiser.email) },
        {
          name: 'website',
          type: 'text',
          validate: validateOptionalUrl,
          ...labelled((t) => t.events.organiser.website),
        },
      ],
    },
  ],
})

/** Admission: free, or a price in words. */
export const priceField = (): Field => ({
  name: 'price',
  type: 'group',
  ...labelled((t) => t.events.price),
  fields: [
    { name: 'free', type: 'checkbox', defaultValue: true, ...labelled((t) => t.events.price.free) },
    {
      name: 'amount',
      type: 'text',
      ...labelled((t) => t.events.price.amount, {
        condition: (_: unknown, siblingData: Record<string, unknown>) => !siblingData?.free,
      }),
    },
  ],
})

/** Registration: a link and a deadline no later than the start. */
export const registrationField = (): Field => ({
  name: 'registration',
  type: 'group',
  ...labelled((t) => t.events.registration),
  fields: [
    {
      name: 'url',
      type: 'text',
      validate: validateOptionalUrl,
      ...labelled((t) => t.events.registration.url),
    },
    {
      name: 'deadline',
      type: 'date',
      validate: validateDeadline,
      ...labelled((t) => t.events.registration.deadline, {
        date: {
          pickerAppearance: 'dayAndTime' as const,
          timeFormat: 'HH:mm',
          displayFormat: DATE_TIME_FORMAT,
        },
      }),
    },
  ],
})
