export { WarmRenderer } from './warm-renderer'
export { stopWarmRenderers } from './warm-publish'
export type { WarmRendered, WarmRefused } from './protocol'
export { differences, differencesThroughHistory, filesOf } from './compare-sites'
