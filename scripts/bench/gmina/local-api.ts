import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { cmsDir } from '../../lib/paths'

type Id = number | string
export type Doc = { id: Id; [field: string]: unknown }
type FileData = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * The part of Payload's Local API the generator uses. The CMS is loaded at run time (its own tsconfig and
 * generated types stay its own), so the bench names only what it calls.
 */
export type LocalApi = {
  create: (args: {
    collection: string
    data: Record<string, unknown>
    draft?: boolean
    depth?: number
    file?: FileData
    user?: unknown
    context?: Record<string, unknown>
  }) => Promise<Doc>
  update: (args: {
    collection: string
    id: Id
    data: Record<string, unknown>
    depth?: number
    user?: unknown
    context?: Record<string, unknown>
  }) => Promise<Doc>
  find: (args: {
    collection: string
    where?: Record<string, unknown>
    limit?: number
    depth?: number
    pagination?: boolean
  }) => Promise<{ docs: Doc[]; totalDocs: number }>
  findByID: (args: { collection: string; id: Id; depth?: number }) => Promise<Doc>
  count: (args: { collection: string; where?: Record<string, unknown> }) => Promise<{ totalDocs: number }>
  delete: (args: { collection: string; where: Record<string, unknown> }) => Promise<unknown>
  jobs: { run: (args: { queue: string; limit: number }) => Promise<unknown> }
  destroy: () => Promise<void>
}

const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(cmsDir, 'src', file)).href)) as T

/** Payload of the CMS, connected to DATABASE_URL (set the CMS's environment first) and migrated or pushed. */
export const connectLocalApi = async (): Promise<LocalApi> => {
  const { getMigratedPayload } = await load<{ getMigratedPayload: () => Promise<LocalApi> }>(
    'migrated-payload.ts',
  )
  return getMigratedPayload()
}

/** The demo seed (settings, areas, categories, images, BIP structure, editors): the base the generator grows. */
export const seedBase = async (api: LocalApi, adminEmail: string, adminPassword: string) => {
  const { seedDemo } = await load<{
    seedDemo: (payload: LocalApi, options: { adminEmail: string; adminPassword: string }) => Promise<unknown>
  }>('seed/seed.ts')
  return seedDemo(api, { adminEmail, adminPassword })
}
