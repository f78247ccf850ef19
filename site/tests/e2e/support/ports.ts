/** Ports of the e2e run, apart from `pnpm start`'s 3000 and 4321 so both can run at once. */
export const e2ePorts = { cms: 3100, site: 4400, smokeCms: 3200, smokeSite: 4500 }
