import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { repoDir } from './paths'

/** One step of `pnpm test`: a command whose output is prefixed with the stage's name. */
export type Stage = {
  name: string
  command: string
  args: string[]
  /** A Vitest run: its JSON report gives the stage's test counts. */
  vitest?: boolean
}

type StageResult = {
  name: string
  ok: boolean
  seconds: number
  passed: number
  failed: number
  skipped: number
  /** `file › test: first line of the error` of each failed test, for the summary. */
  failures: string[]
}

type VitestReport = {
  success: boolean
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults?: {
    name: string
    message?: string
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

/** A Vitest project as a stage; its report goes to a file of its own. */
export const vitestStage = (project: string, extra: string[] = []): Stage => ({
  name: project,
  command: path.join(repoDir, 'node_modules/.bin/vitest'),
  args: ['run', '--project', project, ...extra],
  vitest: true,
})

const countsOf = (report: VitestReport | undefined, exitCode: number) => {
  if (!report) return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 }
  // A run that failed outside any test (a global setup, an unhandled error) still counts as one failure.
  const failed = report.numFailedTests || (exitCode === 0 && report.success ? 0 : 1)
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

/** The failed tests of a report, one line each, so that the end of a long log says what failed. */
const failuresOf = (report: VitestReport | undefined): string[] =>
  (report?.testResults ?? []).flatMap((file) => {
    const where = path.relative(repoDir, file.name)
    const firstLine = (text = '') => text.trim().split('\n')[0]?.slice(0, 200) ?? ''
    const tests = (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    // a file that failed outside its tests (a hook, an import) has a message of its own
    return tests.length || !file.message ? tests : [`${where}: ${firstLine(file.message)}`]
  })

/** Prefixed lines of several stages read best without colour codes. */
const withoutColor = ({ FORCE_COLOR: _force, ...env }: NodeJS.ProcessEnv): NodeJS.ProcessEnv => env

/** Runs one stage to its end, its output lines prefixed with `[name]`; never rejects. */
const runStage = (stage: Stage, env: NodeJS.ProcessEnv = process.env): Promise<StageResult> => {
  const started = Date.now()
  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-test-')), 'vitest.json')
  const child = spawn(stage.command, stage.args, {
    cwd: repoDir,
    env: { ...withoutColor(env), NO_COLOR: '1', ...(stage.vitest ? { VITEST_JSON_REPORT: reportFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = `[${stage.name}] `
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(prefix + line))
  }
  return new Promise((resolve) => {
    const finish = (exitCode: number) => {
      let report: VitestReport | undefined
      if (stage.vitest && fs.existsSync(reportFile))
        report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as VitestReport
      fs.rmSync(path.dirname(reportFile), { recursive: true, force: true })
      const counts = stage.vitest
        ? countsOf(report, exitCode)
        : { passed: 0, failed: exitCode ? 1 : 0, skipped: 0 }
      resolve({
        name: stage.name,
        ok: exitCode === 0 && counts.failed === 0,
        seconds: (Date.now() - started) / 1000,
        ...counts,
        failures: failuresOf(report),
      })
    }
    child.on('error', (error) => {
      console.log(`${prefix}could not start: ${error.message}`)
      finish(1)
    })
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)))
  })
}

/** Runs the lanes at once, each lane's stages one after another. */
export const runLanes = async (lanes: Stage[][]): Promise<StageResult[]> => {
  const results = await Promise.all(
    lanes.map(async (lane) => {
      const done: StageResult[] = []
      for (const stage of lane) done.push(await runStage(stage))
      return done
    }),
  )
  return results.flat()
}

/** The stage table and the closing line `N passed, N failed, N skipped` that CI reads. */
export const summary = (results: readonly StageResult[], wallSeconds: number): string => {
  const rows = results.map((result) => {
    const tests = result.passed + result.failed + result.skipped
    const counts = tests ? `${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped` : ''
    return `  ${result.name.padEnd(12)} ${(result.ok ? 'ok' : 'FAILED').padEnd(7)} ${result.seconds.toFixed(0).padStart(5)} s  ${counts}`
  })
  const total = (key: 'passed' | 'failed' | 'skipped') =>
    results.reduce((sum, result) => sum + result[key], 0)
  const failures = results.flatMap((result) => result.failures.map((line) => `  [${result.name}] ${line}`))
  return [
    ...(failures.length ? ['Failed tests:', ...failures, ''] : []),
    'Stages (lanes run at once):',
    ...rows,
    `  wall time ${wallSeconds.toFixed(0)} s`,
    `${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`,
  ].join('\n')
}
