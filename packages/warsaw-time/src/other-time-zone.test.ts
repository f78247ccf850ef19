import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const zone = 'America/New_York'

/** The tests of Warsaw wall-clock time and what is built on it: they must pass whatever the machine's zone. */
const timeTests = [
  'packages/warsaw-time/src/time-zone-guard.test.ts',
  'packages/warsaw-time/src/warsaw-time.test.ts',
  'packages/recurrence/src/clock-change.test.ts',
  'packages/recurrence/src/build-rule.test.ts',
  'packages/recurrence/src/has-occurrence.test.ts',
  'packages/payload-plugin/src/plugins/events/events/hooks/normalise-all-day.test.ts',
  'packages/payload-plugin/src/plugins/settings/accessibility-statement/review-deadline.test.ts',
  'packages/payload-plugin/src/plugins/events/events/events.test.ts',
  'site/src/lib/events/clock-change.test.ts',
  'site/src/lib/events/recurrence.test.ts',
  'site/src/lib/events/calendar-grid.test.ts',
  'site/src/lib/events/ics.test.ts',
  'site/src/lib/events/format.test.ts',
  'site/src/lib/common/dates.test.ts',
  'site/src/lib/search/sections.test.ts',
  'site/src/lib/accessibility/statement-format.test.ts',
]

type JsonReport = {
  numFailedTests: number
  numPendingTests: number
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[]
}

describe(`the time tests in ${zone}`, () => {
  it('pass in a child vitest whose TZ is neither UTC nor Warsaw', { timeout: 180_000 }, async () => {
    let report: JsonReport
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
    const folder = await mkdtemp(join(tmpdir(), 'ratusz-tz-'))
    const outputFile = join(folder, 'report.json')
    try {
      await promisify(execFile)(
        process.execPath,
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          '--project',
          'unit',
          '--reporter=json',
          `--outputFile=${outputFile}`,
          ...timeTests,
        ],
        { cwd: root, env: { ...env, TZ: zone, RATUSZ_EXPECT_TZ: zone }, maxBuffer: 20_000_000 },
      ).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`child vitest failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
      })
      report = JSON.parse(await readFile(outputFile, 'utf8')) as JsonReport
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
    const ran = report.testResults.map((file) => file.name.slice(root.length)).sort()
    expect(ran).toEqual([...timeTests].sort())
    expect(report.numFailedTests).toBe(0)
    expect(report.numPendingTests).toBe(0)
    const guard = report.testResults.flatMap((file) => file.assertionResults)
    expect(guard.find((test) => test.fullName.startsWith('the time zone of a child test run'))?.status).toBe(
      'passed',
    )
  })
})
