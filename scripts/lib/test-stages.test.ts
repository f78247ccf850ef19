import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoDir } from './paths'
import { runLanes, summary } from './test-stages'

// A throwaway Vitest project with one passing and one failing test, run as a real stage.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-stage-'))
fs.writeFileSync(
  path.join(project, 'vitest.config.mjs'),
  `export default { test: { reporters: [['json', { outputFile: process.env.VITEST_JSON_REPORT }]] } }\n`,
)
fs.writeFileSync(
  path.join(project, 'sample.test.mjs'),
  `import { it, expect } from 'vitest'
it('adds', () => expect(1 + 1).toBe(2))
it('finds the row', () => expect('lista', 'the publish row').toBe('wiersz'))
`,
)
afterAll(() => fs.rmSync(project, { recursive: true, force: true }))

describe('the test summary', () => {
  it('names each failed test and its error above the totals', async () => {
    const results = await runLanes([
      [
        {
          name: 'sample',
          command: path.join(repoDir, 'node_modules/.bin/vitest'),
          args: ['run', '--root', project],
          vitest: true,
        },
      ],
    ])
    expect(results[0]).toMatchObject({ ok: false, passed: 1, failed: 1 })
    const lines = summary(results, 3).split('\n')
    const failure = lines.find((line) => line.includes('finds the row'))
    expect(failure).toMatch(
      /^ {2}\[sample\] .*sample\.test\.mjs › finds the row: AssertionError: the publish row/,
    )
    expect(lines.indexOf(failure as string)).toBeLessThan(lines.indexOf('Stages (lanes run at once):'))
    expect(lines.at(-1)).toBe('1 passed, 1 failed, 0 skipped')
  }, 60_000)
})
