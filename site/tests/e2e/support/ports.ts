const base = Number(process.env.RATUSZ_E2E_PORT_BASE ?? 3100)

/** Ports of the e2e run, apart from `pnpm start`'s 3000 and 4321; RATUSZ_E2E_PORT_BASE moves them all. */
export const e2ePorts = { cms: base, site: base + 1, smokeCms: base + 2, smokeSite: base + 3 }
