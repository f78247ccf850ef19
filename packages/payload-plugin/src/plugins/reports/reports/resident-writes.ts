import { REPORT_CONSENT_VERSION, type ReportValues } from '@ratusz/resident-forms'
import type { Payload } from 'payload'
import { newNonce } from '../../../shared/residents/resident-token'
import { REPORT_SLUGS } from '../slugs'
import type { StoredReport } from '../sending/stored-report'

const asResident = { overrideAccess: true, depth: 0, context: { fromResident: true } } as const

const idOrNull = (value: string): number | null =>
  value && Number.isFinite(Number(value)) ? Number(value) : null

/** A new report from a resident (the form or an Open311 app), waiting for its confirmation. */
export const createPendingReport = async (
  payload: Payload,
  request: {
    values: ReportValues
    address: string
    photos: (string | number)[]
    pendingHours: number
    source: 'form' | 'open311'
    withAreas: boolean
  },
): Promise<StoredReport> => {
  const { values } = request
  return (await payload.create({
    collection: REPORT_SLUGS.reports as never,
    data: {
      category: idOrNull(values.category),
      description: values.description,
      ...(request.withAreas ? { area: idOrNull(values.area) } : {}),
      place: values.place,
      latitude: values.lat ? Number(values.lat) : null,
      longitude: values.lon ? Number(values.lon) : null,
      photos: request.photos,
      contactChannel: values.channel,
      contactEmail: values.channel === 'email' ? request.address : null,
      contactPhone: values.channel === 'sms' ? request.address : null,
      consentVersion: REPORT_CONSENT_VERSION,
      status: 'new',
      source: request.source,
      confirmNonce: newNonce(),
      pendingUntil: new Date(Date.now() + request.pendingHours * 3600 * 1000).toISOString(),
      codeAttempts: 0,
    } as never,
    ...asResident,
  })) as unknown as StoredReport
}

/** A followed confirmation: the report reaches the office now; its link is spent; it gets a status link. */
export const confirmReport = async (payload: Payload, report: StoredReport): Promise<StoredReport> =>
  (await payload.update({
    collection: REPORT_SLUGS.reports as never,
    id: report.id,
    data: {
      confirmedAt: new Date().toISOString(),
      confirmNonce: null,
      pendingUntil: null,
      codeAttempts: 0,
      statusNonce: report.statusNonce ?? newNonce(),
    } as never,
    ...asResident,
  })) as unknown as StoredReport

/** A wrong SMS code: counted; the report's code dies (its nonce is dropped) once `max` are spent. */
export const countWrongReportCode = async (
  payload: Payload,
  report: StoredReport,
  max: number,
): Promise<number> => {
  const attempts = (report.codeAttempts ?? 0) + 1
  await payload.update({
    collection: REPORT_SLUGS.reports as never,
    id: report.id,
    data: (attempts >= max
      ? { codeAttempts: attempts, confirmNonce: null }
      : { codeAttempts: attempts }) as never,
    ...asResident,
  })
  return max - attempts
}

/** The resident's answer from the status page: a message of the report's history the staff see. */
export const addResidentAnswer = async (payload: Payload, report: StoredReport, body: string) =>
  payload.create({
    collection: REPORT_SLUGS.messages as never,
    data: { report: report.id, kind: 'answer', body } as never,
    ...asResident,
  })
