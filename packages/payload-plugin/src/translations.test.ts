import { describe, expect, it } from 'vitest'
import { alertsPl } from './plugins/alerts/translations/pl'
import { bipPl } from './plugins/bip/translations/pl'
import { corePl } from './plugins/core/translations/pl'
import { eventsPl } from './plugins/events/translations/pl'
import { filePublicityPl } from './plugins/file-publicity/translations/pl'
import { newsPl } from './plugins/news/translations/pl'
import { notificationsPl } from './plugins/notifications/translations/pl'
import { periodicalsPl } from './plugins/periodicals/translations/pl'
import { publishingPl } from './plugins/publishing/translations/pl'
import { reportsPl } from './plugins/reports/translations/pl'
import { requestBodyPl } from './plugins/request-body/translations/pl'
import { settingsPl } from './plugins/settings/translations/pl'
import { statisticsPl } from './plugins/statistics/translations/pl'
import { taxonomiesPl } from './plugins/taxonomies/translations/pl'
import { sharedPl } from './shared/translations/pl'
import { en, pl } from './translations'

const parts = [
  sharedPl,
  corePl,
  settingsPl,
  taxonomiesPl,
  newsPl,
  eventsPl,
  bipPl,
  alertsPl,
  periodicalsPl,
  notificationsPl,
  reportsPl,
  publishingPl,
  statisticsPl,
  filePublicityPl,
  requestBodyPl,
]

/** Every dotted path to a text. */
const paths = (node: object, prefix = ''): string[] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? paths(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )

describe('the merged translations', () => {
  it('keep every plugin’s namespace: no two plugins claim the same top-level key', () => {
    const keys = parts.flatMap((part) => Object.keys(part))
    expect(new Set(keys).size).toBe(keys.length)
    expect(Object.keys(pl).sort()).toEqual([...keys].sort())
  })

  it('hold an English text for every Polish one, empty only where the Polish is', () => {
    expect(paths(en).sort()).toEqual(paths(pl).sort())
    const at = (texts: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], texts)
    for (const path of paths(pl)) {
      expect(typeof at(en, path), path).toBe('string')
      expect(String(at(en, path)).trim() === '', path).toBe(String(at(pl, path)).trim() === '')
    }
  })
})
