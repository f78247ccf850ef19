/** The demo admin's login: RATUSZ_ADMIN_EMAIL and RATUSZ_ADMIN_PASSWORD, or the README's demo defaults. */
export const demoAdmin = { email: 'admin@lipowawola.example.pl', password: 'ratusz-demo-2026' }

export const adminCredentials = (env: NodeJS.ProcessEnv = process.env) => ({
  adminEmail: env.RATUSZ_ADMIN_EMAIL || demoAdmin.email,
  adminPassword: env.RATUSZ_ADMIN_PASSWORD || demoAdmin.password,
})
