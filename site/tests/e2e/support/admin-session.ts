import type { Page } from 'playwright-core'
import { inject } from 'vitest'
import { adminToken, cmsApiOk } from './cms-api'

/** Signs in to the real admin as the seeded administrator (or the given account) and waits for the dashboard. */
export const signIn = async (
  page: Page,
  email = inject('adminEmail'),
  password = inject('adminPassword'),
) => {
  await page.goto(`${inject('cmsUrl')}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

/** A new editor's account (no administrator's rights) and its credentials. */
export const newEditor = async () => {
  const editor = { email: `redaktor-${Date.now()}@lipowa-wola.example`, password: 'Stokrotka-na-łące-42' }
  await cmsApiOk('/users', {
    method: 'POST',
    token: await adminToken(),
    body: JSON.stringify({ ...editor, name: 'Anna Redaktorka', roles: ['editor'] }),
  })
  return editor
}
