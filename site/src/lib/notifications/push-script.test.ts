import fs from 'node:fs'
import path from 'node:path'
import { SUBSCRIPTION_FIELDS, SUBSCRIPTIONS_PATH } from '@ratusz/resident-forms'
import { describe, expect, it } from 'vitest'

const page = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../section-pages/notifications/powiadomienia/index.astro'),
  'utf8',
)

describe('the script of /powiadomienia/', () => {
  it('names the form’s fields and the key’s address as the forms package and the CMS do', () => {
    expect(page).toContain(
      `const FIELDS = { shownAt: '${SUBSCRIPTION_FIELDS.shownAt}', channel: '${SUBSCRIPTION_FIELDS.channel}', push: '${SUBSCRIPTION_FIELDS.push}' }`,
    )
    expect(page).toContain(`const PUSH_KEY_URL = '${SUBSCRIPTIONS_PATH}/klucz-push'`)
  })

  it('registers the service worker the site serves', () => {
    expect(page).toContain(`register('/powiadomienia-sw.js')`)
    expect(fs.existsSync(path.resolve(import.meta.dirname, '../../../public/powiadomienia-sw.js'))).toBe(true)
  })
})
