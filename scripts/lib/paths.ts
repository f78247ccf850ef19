import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const cmsDir = path.join(repoDir, 'cms')
export const siteDir = path.join(repoDir, 'site')
export const dataDir = path.join(repoDir, 'data')
