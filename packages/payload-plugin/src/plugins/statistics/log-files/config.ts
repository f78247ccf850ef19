import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { STATISTICS_SLUGS } from '../slugs'

const never = () => false

/**
 * `traffic-log-files`: the import's memory of every log it read, known by the fingerprint of its first line
 * (so a renamed or gzipped log is the same log) and the offset where it stopped. Written only by the import
 * (in the same transaction as the counts); administrators read it and may delete a record to read a log again.
 */
export const logFilesCollection = (): CollectionConfig => ({
  slug: STATISTICS_SLUGS.logFiles,
  labels: collectionLabels((t) => t.statistics.logFiles),
  // statistics are never on the site: an import or a typed figure publishes nothing
  custom: notOnSite,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'lines', 'malformedLines', 'finished', 'importedAt'],
    group: label((t) => t.statistics.group),
    description: label((t) => t.statistics.logFiles.description),
  },
  defaultSort: '-importedAt',
  access: { read: isAdmin, create: never, update: never, delete: isAdmin },
  fields: [
    {
      name: 'fingerprint',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      ...labelled((t) => t.statistics.logFiles.fingerprint),
    },
    { name: 'name', type: 'text', required: true, ...labelled((t) => t.statistics.logFiles.name) },
    {
      name: 'offset',
      type: 'number',
      required: true,
      min: 0,
      ...labelled((t) => t.statistics.logFiles.offset),
    },
    { name: 'lines', type: 'number', min: 0, ...labelled((t) => t.statistics.logFiles.lines) },
    {
      name: 'malformedLines',
      type: 'number',
      min: 0,
      ...labelled((t) => t.statistics.logFiles.malformedLines),
    },
    { name: 'finished', type: 'checkbox', ...labelled((t) => t.statistics.logFiles.finished) },
    {
      name: 'importedAt',
      type: 'date',
      ...labelled((t) => t.statistics.logFiles.importedAt, {
        date: { pickerAppearance: 'dayAndTime' as const },
      }),
    },
  ],
})
