import { readConfig } from '@ratusz/config'

const base = readConfig('tests').RATUSZ_E2E_PORT_BASE

/** Ports of the e2e run, apart from `pnpm start`'s 3000 and 4321; RATUSZ_E2E_PORT_BASE moves them all. */
export const e2ePorts = {
  cms: base,
  site: base + 1,
  smokeCms: base + 2,
  smokeSite: base + 3,
  tiles: base + 4,
}
