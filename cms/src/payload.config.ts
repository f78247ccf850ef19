import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { ratusz } from '@ratusz/payload-plugin'
import { databaseAdapter } from './database'
import { readEnv } from './env'
import { fromRepo, srcDir } from './paths'

const env = readEnv()

export default buildConfig({
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Ratusz' },
    importMap: { baseDir: srcDir },
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
  },
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  secret: env.PAYLOAD_SECRET,
  sharp,
  // The transport's hard limit; the documents collection gives editors a clear message below it.
  upload: { limits: { fileSize: env.RATUSZ_MAX_DOCUMENT_MB * 2 * 1024 * 1024 } },
  typescript: { outputFile: path.join(srcDir, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Runs Payload's scheduled publish/unpublish jobs in the CMS process; tests run jobs explicitly.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => env.RATUSZ_JOBS_AUTORUN,
  },
  plugins: [
    ratusz({
      uploads: { dir: fromRepo(env.RATUSZ_UPLOADS_DIR) },
      documents: { maxFileSizeMB: env.RATUSZ_MAX_DOCUMENT_MB },
    }),
  ],
})
