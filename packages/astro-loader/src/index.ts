export { cmsCollectionLoader, cmsGlobalLoader } from './loader'
export { CmsClient, cmsUrlFromEnv } from './client'
export { fetchInstalledSections } from './installed-sections'
