import { runLanes, summary, vitestStage, type Stage } from './lib/test-stages'

/**
 * `pnpm test`: every check and test, in stages on two lanes so that both cores stay busy. One lane runs the
 * static checks (lint, format, types), then the unit and integration tests; the other runs the end-to-end tests,
 * whose time goes mostly to the CMS build, the demo seed, site builds and Chromium. Each Vitest project runs in
 * a process of its own, so no project's environment leaks into another's.
 *
 * `pnpm test unit integration` runs only the stages named (any of: checks, unit, integration, e2e).
 * It ends with each stage's time and one line of totals, `N passed, N failed, N skipped`.
 */
const stages: Record<string, Stage> = {
  checks: { name: 'checks', command: 'pnpm', args: ['check'] },
  unit: vitestStage('unit'),
  integration: vitestStage('integration'),
  e2e: vitestStage('e2e'),
}
const lanes = [['checks', 'unit', 'integration'], ['e2e']]

const chosen = process.argv.slice(2).filter((arg) => arg !== '--')
const unknown = chosen.filter((name) => !(name in stages))
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}: choose from ${Object.keys(stages).join(', ')}`)
  process.exit(2)
}

const started = Date.now()
const results = await runLanes(
  lanes
    .map((lane) =>
      lane.filter((name) => chosen.length === 0 || chosen.includes(name)).map((name) => stages[name]!),
    )
    .filter((lane) => lane.length > 0),
)
console.log(`\n${summary(results, (Date.now() - started) / 1000)}`)
process.exit(results.every((result) => result.ok) ? 0 : 1)
