import type { Field } from 'payload'
import { labelled } from '../../../shared/i18n'
import { validateRequiredUrl } from '../../../shared/validators'

/** The three states of template 2.0 ("zgodna", "częściowo zgodna", "niezgodna"). */
export const accessibilityStatuses = ['zgodna', 'czesciowo-zgodna', 'niezgodna'] as const

/** Why a piece of content is inaccessible: a non-compliance, a statutory exemption, a disproportionate burden. */
export const unavailableReasons = ['niezgodnosc', 'wylaczenie', 'nadmierne-obciazenie'] as const

/** Name and store address of one of the body's mobile apps. */
export const mobileAppFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, ...labelled((t) => t.accessibility.mobileApps.name) },
  {
    name: 'url',
    type: 'text',
    required: true,
    validate: validateRequiredUrl,
    ...labelled((t) => t.accessibility.mobileApps.url),
  },
]
