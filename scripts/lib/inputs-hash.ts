import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { repoDir } from './paths'

const skipped = (name: string) => name === 'node_modules' || name.startsWith('.') || name.endsWith('.test.ts')

const filesUnder = (target: string): string[] => {
  if (!fs.existsSync(target)) return []
  if (fs.statSync(target).isFile()) return [target]
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((entry) => !skipped(entry.name))
    .flatMap((entry) => filesUnder(path.join(target, entry.name)))
}

/**
 * A SHA-256 of the files (and folders, recursively) given relative to the repository: their paths and contents,
 * tests, dot files and node_modules left out. It says whether something built from them must be built again,
 * whatever the files' times (a fresh clone has new times for everything).
 */
export const inputsHash = (inputs: readonly string[], extra = ''): string => {
  const hash = createHash('sha256').update(extra)
  const files = inputs.flatMap((input) => filesUnder(path.join(repoDir, input))).sort()
  for (const file of files) {
    hash.update(`\0${path.relative(repoDir, file)}\0`)
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/** What the CMS's code is made of: its own sources and every workspace package it bundles, and the lockfile. */
export const CMS_INPUTS = [
  'cms/src',
  'cms/next.config.mjs',
  'cms/package.json',
  'cms/tsconfig.json',
  'packages/payload-plugin/src',
  'packages/payload-plugin/package.json',
  'packages/config/src',
  'packages/contract/src',
  'packages/warsaw-time/src',
  'packages/publisher/src',
  'pnpm-lock.yaml',
] as const
