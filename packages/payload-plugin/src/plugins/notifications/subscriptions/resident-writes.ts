import { SUBSCRIPTION_CONSENT_VERSION, type SubscriptionValues } from '@ratusz/resident-forms'
import type { Payload, PayloadRequest } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'
import { newNonce } from '../../../shared/residents/resident-token'
import { contactKeyOf } from './hooks/prepare-subscription'

/** A subscription as the public endpoints read it (full access: nonces and the pending request included). */
export type StoredSubscription = {
  id: string | number
  channel: string
  address?: string | null
  status: 'pending' | 'active' | 'ended'
  topics?: string[] | null
  areas?: (string | number)[] | null
  categories?: (string | number)[] | null
  groups?: (string | number)[] | null
  frequency?: string | null
  official?: boolean | null
  consentVersion?: string | null
  startedAt?: string | null
  endedAt?: string | null
  pendingUntil?: string | null
  confirmNonce?: string | null
  manageNonce?: string | null
  requested?: Partial<SubscriptionValues> | null
  pushKeys?: { p256dh: string; auth: string } | null
  codeAttempts?: number | null
  createdAt?: string
}

const collection = NOTIFICATION_SLUGS.subscriptions as never
const asResident = { overrideAccess: true, depth: 0, context: { fromResident: true } } as const

/** The choices a form sends, as the subscription stores them. */
const choicesOf = (values: SubscriptionValues, has: { areas: boolean; categories: boolean }) => ({
  topics: values.topics,
  frequency: values.frequency,
  groups: values.groups.map(Number).filter(Number.isFinite),
  ...(has.areas ? { areas: values.areas.map(Number).filter(Number.isFinite) } : {}),
  ...(has.categories ? { categories: values.categories.map(Number).filter(Number.isFinite) } : {}),
})

const hasFields = (payload: Payload) => {
  const collections = payload.collections as unknown as Record<
    string,
    { config: { flattenedFields: { name: string }[] } }
  >
  const fields = collections[NOTIFICATION_SLUGS.subscriptions]?.config.flattenedFields ?? []
  return {
    areas: fields.some((field) => field.name === 'areas'),
    categories: fields.some((field) => field.name === 'categories'),
  }
}

/** One subscription by id, with its secrets, or null. */
export const findSubscription = async (payload: Payload, id: string): Promise<StoredSubscription | null> =>
  (await payload.findByID({ collection, id, ...asResident }).catch(() => null)) as StoredSubscription | null

/**
 * A sign-up: the one subscription of this channel and address gets the request (a new one is created pending),
 * and a fresh confirmation nonce that revokes earlier links. Nothing it receives changes until the link is
 * followed: an active subscription keeps its choices, so nobody can change another person's by signing them up.
 * Returns the subscription's id, channel, address and confirmation nonce.
 */
export const requestSubscription = async (
  payload: Payload,
  request: { channel: string; address: string; values: SubscriptionValues; pendingHours: number },
  req?: PayloadRequest,
): Promise<StoredSubscription> => {
  const contactKey = contactKeyOf(request.channel, request.address)
  // Only the id, from the adapter: one round trip without joins or read hooks (the collection has none).
  const existing = (await payload.db.findOne({
    collection,
    where: { contactKey: { equals: contactKey } },
    select: { id: true },
    ...(req ? { req } : {}),
  })) as StoredSubscription | null
  const pendingUntil = new Date(Date.now() + request.pendingHours * 3600 * 1000).toISOString()
  // What the sign-up's answer uses is read back, nothing more (no joins of its choices).
  const select = { channel: true, address: true, confirmNonce: true } as never
  const requested = { ...request.values, consentVersion: SUBSCRIPTION_CONSENT_VERSION }
  if (existing) {
    return (await payload.update({
      collection,
      id: existing.id,
      data: { requested, confirmNonce: newNonce(), pendingUntil, codeAttempts: 0 } as never,
      select,
      ...asResident,
      ...(req ? { req } : {}),
    })) as unknown as StoredSubscription
  }
  // A new sign-up goes straight to the database adapter: the endpoint has checked everything, and the
  // collection's hooks have nothing to do for a pending request (they prepare admins' writes and active choices).
  // It is the hot path of a sign-up storm; the Local API's operation would double its CPU.
  return (await payload.db.create({
    collection,
    data: {
      channel: request.channel,
      address: request.address,
      contactKey,
      status: 'pending',
      topics: request.values.topics,
      frequency: request.values.frequency,
      requested,
      confirmNonce: newNonce(),
      pendingUntil,
      codeAttempts: 0,
    },
    select,
    ...(req ? { req } : {}),
  })) as unknown as StoredSubscription
}

/**
 * A followed confirmation link: the request's choices and consent version apply, a pending subscription starts
 * now, the link is spent, and the subscription has a manage nonce for the links in its messages.
 */
export const confirmSubscription = async (payload: Payload, subscription: StoredSubscription) => {
  const requested = subscription.requested as (SubscriptionValues & { consentVersion?: string }) | null
  const now = new Date().toISOString()
  return (await payload.update({
    collection,
    id: subscription.id,
    data: {
      ...(requested ? choicesOf(requested, hasFields(payload)) : {}),
      consentVersion: requested?.consentVersion ?? subscription.consentVersion,
      status: 'active',
      startedAt: subscription.status === 'active' ? subscription.startedAt : now,
      requested: null,
      confirmNonce: null,
      pendingUntil: null,
      codeAttempts: 0,
      manageNonce: subscription.manageNonce ?? newNonce(),
    } as never,
    ...asResident,
  })) as unknown as StoredSubscription
}

/**
 * A browser that allowed notifications: the permission prompt was its opt-in, so the subscription is active at
 * once (a browser signing up again keeps its start and gets the new choices and keys).
 */
export const startPushSubscription = async (
  payload: Payload,
  request: { endpoint: string; keys: { p256dh: string; auth: string }; values: SubscriptionValues },
): Promise<StoredSubscription> => {
  const contactKey = contactKeyOf('push', request.endpoint)
  const found = await payload.find({
    collection,
    where: { contactKey: { equals: contactKey } },
    limit: 1,
    ...asResident,
  })
  const existing = found.docs[0] as unknown as StoredSubscription | undefined
  const data = {
    ...choicesOf(request.values, hasFields(payload)),
    consentVersion: SUBSCRIPTION_CONSENT_VERSION,
    status: 'active',
    pushKeys: request.keys,
    manageNonce: existing?.manageNonce ?? newNonce(),
  }
  if (existing)
    return (await payload.update({
      collection,
      id: existing.id,
      data: { ...data, startedAt: existing.startedAt ?? new Date().toISOString() } as never,
      ...asResident,
    })) as unknown as StoredSubscription
  return (await payload.create({
    collection,
    data: {
      ...data,
      channel: 'push',
      address: request.endpoint,
      contactKey,
      startedAt: new Date().toISOString(),
    } as never,
    ...asResident,
  })) as unknown as StoredSubscription
}

/** A wrong SMS code: counted; the sign-up is revoked (its code dies with its nonce) once `max` are spent. */
export const countWrongCode = async (
  payload: Payload,
  subscription: StoredSubscription,
  max: number,
): Promise<number> => {
  const attempts = (subscription.codeAttempts ?? 0) + 1
  await payload.update({
    collection,
    id: subscription.id,
    data: (attempts >= max
      ? { codeAttempts: attempts, confirmNonce: null, requested: null }
      : { codeAttempts: attempts }) as never,
    ...asResident,
  })
  return max - attempts
}

/** New choices from the manage page (the address and channel stay). */
export const changeSubscription = async (payload: Payload, id: string | number, values: SubscriptionValues) =>
  (await payload.update({
    collection,
    id,
    data: choicesOf(values, hasFields(payload)) as never,
    ...asResident,
  })) as unknown as StoredSubscription

/**
 * Leaving: the subscription ends now (its start and end stay for the counts), its address is freed for a new
 * sign-up, and the address itself is erased later (`erasedAfterDays`) or at once when `eraseNow`.
 */
export const endSubscription = async (
  payload: Payload,
  id: string | number,
  reason: string,
  eraseNow = false,
) =>
  (await payload.update({
    collection,
    id,
    data: {
      status: 'ended',
      endedAt: new Date().toISOString(),
      endReason: reason,
      contactKey: null,
      confirmNonce: null,
      requested: null,
      pushKeys: null,
      ...(eraseNow ? { address: null, manageNonce: null, erasedAt: new Date().toISOString() } : {}),
    } as never,
    ...asResident,
  })) as unknown as StoredSubscription
