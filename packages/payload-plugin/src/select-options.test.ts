import {
  accessibilityStatuses,
  alertKinds,
  alertSeverities,
  areaKinds,
  bipChangeActions,
  bipDocumentKinds,
  bipMenus,
  coverStyles,
  eventFrequencies,
  eventStatuses,
  eventWeekdays,
  issueKinds,
  issueProcessingStates,
  organiserKinds,
  periodicalFrequencies,
  preparationMethods,
  reportStatuses,
  unavailableReasons,
} from '@ratusz/contract'
import {
  REPORT_CHANNELS,
  SUBSCRIPTION_CHANNELS,
  SUBSCRIPTION_FREQUENCIES,
  SUBSCRIPTION_TOPICS,
} from '@ratusz/resident-forms'
import { buildConfig, type Config, type Field, type SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from './index'

/**
 * Every select and radio field of the bundle whose values the site reads, with the contract's list of them:
 * the admin may offer exactly what the contract accepts, no more and no less.
 */
const CONTRACT_LISTS: Record<string, readonly string[]> = {
  'areas.kind': areaKinds,
  'events.status': eventStatuses,
  'events.recurrence.frequency': eventFrequencies,
  'events.recurrence.weekdays': eventWeekdays,
  'events.organiser.kind': organiserKinds,
  'bip-categories.menu': bipMenus,
  'bip-documents.kind': bipDocumentKinds,
  'bip-changes.action': bipChangeActions,
  'alerts.kind': alertKinds,
  'alerts.severity': alertSeverities,
  'periodicals.frequency': periodicalFrequencies,
  'periodicals.coverStyle': coverStyles,
  'newsletter-issues.kind': issueKinds,
  'newsletter-issues.processing.status': issueProcessingStates,
  'accessibility-statement.status': accessibilityStatuses,
  'accessibility-statement.unavailableContent.reason': unavailableReasons,
  'accessibility-statement.preparationMethod': preparationMethods,
  // the residents' subscription form (shared with the site) offers these
  'subscription-groups.alertKinds': alertKinds,
  'subscriptions.channel': SUBSCRIPTION_CHANNELS,
  'subscriptions.topics': SUBSCRIPTION_TOPICS,
  'subscriptions.frequency': SUBSCRIPTION_FREQUENCIES,
  'deliveries.channel': SUBSCRIPTION_CHANNELS,
  // residents' reports: the states the site and Open311 show, the channels the report form offers
  'reports.status': reportStatuses,
  'report-messages.status': reportStatuses,
  'reports.contactChannel': REPORT_CHANNELS,
}

/** Selects the site never reads (admin accounts, the publish log), and Payload's own draft status. */
const PLUGIN_ONLY = [
  'users.roles',
  'site-publishes.status',
  'site-publishes.via',
  'historic-figures.channel',
  'historic-figures.measure',
  'subscriptions.status',
  'deliveries.state',
  'reports.source',
  'report-messages.kind',
]
const PAYLOAD_OWN = /\._status$/

type Select = { path: string; values: string[] }

/** Every select and radio field under `fields`, through groups, arrays, rows, collapsibles, tabs and blocks. */
const selectsOf = (fields: readonly Field[], prefix: string): Select[] =>
  fields.flatMap((field): Select[] => {
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix
    switch (field.type) {
      case 'select':
      case 'radio':
        return [
          {
            path,
            values: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
          },
        ]
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return selectsOf(field.fields, path)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          selectsOf(tab.fields, 'name' in tab && tab.name ? `${path}.${tab.name}` : path),
        )
      case 'blocks':
        return (field.blocks ?? []).flatMap((block) => selectsOf(block.fields, `${path}.${block.slug}`))
      default:
        return []
    }
  })

const host = (): Config => ({ secret: 'test', collections: [], globals: [] }) as unknown as Config

const selectsOfBundle = (config: SanitizedConfig): Select[] =>
  [...config.collections, ...config.globals]
    .filter((entity) => !entity.slug.startsWith('payload-'))
    .flatMap((entity) => selectsOf(entity.fields, entity.slug))
    .filter((select) => !PAYLOAD_OWN.test(select.path))

describe('select and radio options', () => {
  it('offer exactly the values of the contract, for every select of the bundle', async () => {
    const config = await buildConfig({ ...host(), plugins: [ratusz()] })
    const selects = selectsOfBundle(config)
    const unlisted = selects
      .map((select) => select.path)
      .filter((path) => !(path in CONTRACT_LISTS) && !PLUGIN_ONLY.includes(path))
    expect(unlisted, 'selects in neither CONTRACT_LISTS nor PLUGIN_ONLY').toEqual([])
    for (const [path, list] of Object.entries(CONTRACT_LISTS)) {
      const select = selects.find((candidate) => candidate.path === path)
      expect(select, `${path} is not a select of the bundle`).toBeDefined()
      expect(select?.values, path).toEqual([...list])
    }
    for (const path of PLUGIN_ONLY) expect(selects.map((select) => select.path)).toContain(path)
  })
})
