import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folders the CMS works with, absolute, so it behaves the same whatever the working directory. */
export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = path.resolve(cmsDir, '..')
export const srcDir = path.join(cmsDir, 'src')

/** Resolves a configured path (absolute, or relative to the repository) to an absolute one. */
export const fromRepo = (configured: string): string => path.resolve(repoDir, configured)
