// The entry of a region-splice thread (splice-pages.ts). A worker thread does not inherit the loader its
// parent may run with (tsx in the renderer, Vite under Vitest), so it registers tsx's own (its documented
// `tsx/esm/api`) and then loads the thread's code, which is TypeScript.
import { register } from 'tsx/esm/api'

register()
await import('./splice-thread-work.ts')
