export { cmsCollectionLoader, cmsGlobalLoader } from './loader'
export { CmsClient, cmsUrlFromEnv } from './client'
