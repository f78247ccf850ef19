import type { SanitizedConfig } from 'payload'

const nobody = () => false

/**
 * Payload adds the `payload-jobs-stats` global (when each scheduled task last ran) while it sanitizes the config,
 * after every plugin, with its default access: any signed-in user could read and rewrite it over REST and
 * GraphQL. Only the scheduler needs it, and it goes through the database adapter: nobody else may touch it.
 */
export const lockJobStats = (config: SanitizedConfig): SanitizedConfig => {
  for (const global of config.globals)
    if (global.slug === 'payload-jobs-stats')
      Object.assign(global.access, { read: nobody, update: nobody, readVersions: nobody, readDrafts: nobody })
  return config
}
