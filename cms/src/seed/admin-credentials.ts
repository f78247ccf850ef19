import { readVariables } from '@ratusz/config'

/** The demo admin's login: RATUSZ_ADMIN_EMAIL and RATUSZ_ADMIN_PASSWORD, or the README's demo defaults. */
export const demoAdmin = { email: 'admin@lipowawola.example.pl', password: 'ratusz-demo-2026' }

export const adminCredentials = (env: NodeJS.ProcessEnv = process.env) => {
  const config = readVariables(['RATUSZ_ADMIN_EMAIL', 'RATUSZ_ADMIN_PASSWORD'], env)
  return {
    adminEmail: config.RATUSZ_ADMIN_EMAIL ?? demoAdmin.email,
    adminPassword: config.RATUSZ_ADMIN_PASSWORD ?? demoAdmin.password,
  }
}
