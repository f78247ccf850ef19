/**
 * The environment without the variables that configure a Ratusz CMS. Vitest runs every project's global setup
 * in one process, so the integration tests' database and URLs would otherwise leak into the CMSes started here.
 */
export const withoutRatuszEnv = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^(RATUSZ_|DATABASE_URL$|PAYLOAD_SECRET$)/.test(name)),
  ) as NodeJS.ProcessEnv
