export { WarmRenderer } from './warm-renderer'
export type { WarmRendered, WarmRefused } from './protocol'
