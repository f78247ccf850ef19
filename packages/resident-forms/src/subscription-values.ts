import { z } from 'zod'
import {
  SUBSCRIPTION_CHANNELS,
  SUBSCRIPTION_FREQUENCIES,
  SUBSCRIPTION_TOPICS,
  type SubscriptionChannel,
  type SubscriptionFrequency,
  type SubscriptionTopic,
} from './subscription-choices'
import { SUBSCRIPTION_FIELDS as F } from './subscription-form-fields'

/** What the form holds: as the resident typed it (to show again) or as the CMS stored it (to manage). */
export type SubscriptionValues = {
  channel: SubscriptionChannel
  email: string
  phone: string
  /** The browser's push subscription as JSON (Web Push only; the page's script fills it in). */
  push: string
  areas: string[]
  categories: string[]
  groups: string[]
  topics: SubscriptionTopic[]
  frequency: SubscriptionFrequency
  consent: boolean
}

/** An empty form: e-mail, alerts only, at once. */
export const EMPTY_SUBSCRIPTION: SubscriptionValues = {
  channel: 'email',
  email: '',
  phone: '',
  push: '',
  areas: [],
  categories: [],
  groups: [],
  topics: ['alerts'],
  frequency: 'immediately',
  consent: false,
}

/** Polish errors of the form, by field name. */
export type FormErrors = Partial<Record<keyof SubscriptionValues, string>>

const MAX_CHOICES = 200
const id = z.string().regex(/^[\w-]{1,64}$/)

const schema = z.object({
  channel: z.enum(SUBSCRIPTION_CHANNELS, {
    error: 'Wybierz, jak chcesz dostawać powiadomienia: e-mailem, SMS-em albo w przeglądarce.',
  }),
  email: z.string().max(254, 'Adres e-mail jest zbyt długi.'),
  phone: z.string().max(32, 'Numer telefonu jest zbyt długi.'),
  push: z.string().max(4000),
  areas: z.array(id).max(MAX_CHOICES),
  categories: z.array(id).max(MAX_CHOICES),
  groups: z.array(id).max(MAX_CHOICES),
  topics: z
    .array(z.enum(SUBSCRIPTION_TOPICS, { error: 'Zaznacz, co chcesz dostawać.' }))
    .min(1, 'Zaznacz co najmniej jedno: komunikaty, aktualności albo wydarzenia.'),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES, { error: 'Wybierz, jak często chcesz dostawać wiadomości.' }),
  consent: z.literal(true, { error: 'Aby się zapisać, zaznacz zgodę na przetwarzanie danych.' }),
})

/** The address error of the chosen channel, if any (checked apart, so it shows beside every other error). */
const addressError = (values: SubscriptionValues): FormErrors => {
  if (values.channel === 'email' && !z.email().safeParse(values.email.trim()).success)
    return { email: 'Wpisz poprawny adres e-mail, np. jan.kowalski@example.pl.' }
  if (values.channel === 'sms' && normalPolishPhone(values.phone) === null)
    return { phone: 'Wpisz numer telefonu komórkowego: 9 cyfr, np. 600 123 456 (może być z +48).' }
  if (values.channel === 'push' && readPushSubscription(values.push) === null)
    return {
      channel:
        'Przeglądarka nie włączyła powiadomień. Zezwól na nie, gdy zapyta, albo wybierz e-mail lub SMS.',
    }
  return {}
}

const base64url = (min: number, max: number) =>
  z
    .string()
    .regex(/^[\w-]+=*$/)
    .min(min)
    .max(max)

/** A browser's push subscription (`PushSubscription.toJSON()`): an https endpoint and its two keys. */
const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
})

/** A browser's push subscription from its JSON text, or null when it is not one. */
export const readPushSubscription = (
  text: string,
): { endpoint: string; keys: { p256dh: string; auth: string } } | null => {
  try {
    const parsed = pushSubscriptionSchema.safeParse(JSON.parse(text))
    return parsed.success
      ? {
          endpoint: parsed.data.endpoint,
          keys: { p256dh: parsed.data.keys.p256dh, auth: parsed.data.keys.auth },
        }
      : null
  } catch {
    return null
  }
}

/** A Polish mobile number as +48 and nine digits, or null when it is not one. */
export const normalPolishPhone = (input: string): string | null => {
  const digits = input.replace(/[\s()-]/g, '').replace(/^(\+48|0048)/, '')
  return /^[4-8]\d{8}$/.test(digits) ? `+48${digits}` : null
}

/** The form's values from a posted body, as typed (lists deduplicated), before any check. */
export const readSubscriptionForm = (body: URLSearchParams): SubscriptionValues => {
  const list = (name: string) => [...new Set(body.getAll(name).map((value) => value.trim()))].filter(Boolean)
  return {
    channel: (body.get(F.channel) ?? '') as SubscriptionChannel,
    email: (body.get(F.email) ?? '').trim(),
    phone: (body.get(F.phone) ?? '').trim(),
    push: (body.get(F.push) ?? '').trim(),
    areas: list(F.areas),
    categories: list(F.categories),
    groups: list(F.groups),
    topics: list(F.topics) as SubscriptionTopic[],
    frequency: (body.get(F.frequency) ?? '') as SubscriptionFrequency,
    consent: body.get(F.consent) === 'tak',
  }
}

/** Checks the values: `ok` with the address normalised (lower-case e-mail, +48 phone), or Polish errors. */
export const checkSubscription = (
  values: SubscriptionValues,
): { ok: true; values: SubscriptionValues; address: string } | { ok: false; errors: FormErrors } => {
  const result = schema.safeParse(values)
  const errors: FormErrors = addressError(values)
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0]) as keyof SubscriptionValues
    errors[field] ??= issue.message
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const address =
    values.channel === 'email'
      ? values.email.trim().toLowerCase()
      : values.channel === 'sms'
        ? normalPolishPhone(values.phone)!
        : readPushSubscription(values.push)!.endpoint
  return { ok: true, values, address }
}
