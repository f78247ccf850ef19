import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

/** vnu.jar, the Nu HTML Checker, as the `vnu-jar` package ships it. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string; extract?: string }

/** Fails with what to install when there is no Java: CI must run this check, never skip it. */
function requireJava(): void {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0)
    throw new Error(
      `The Nu HTML Checker needs Java 11 or newer, and "${java} -version" failed (${probe.error?.message ?? probe.stderr}). ` +
        'Install a Java runtime (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
    )
}

/** Runs vnu once over the given folders; it reports in JSON on stderr and exits 1 when it found errors. */
function vnu(folders: string[]): Promise<VnuMessage[]> {
  const args = ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', ...folders]
  return new Promise((resolve, reject) =>
    execFile(java, args, { maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages)
      } catch {
        reject(
          new Error(`vnu did not report in JSON (${error?.message ?? 'no error'}): ${stderr.slice(0, 2000)}`),
        )
      }
    }),
  )
}

describe('every built page is valid HTML (Nu HTML Checker)', () => {
  it('finds no errors in any page of the site', { timeout: 600_000 }, async () => {
    requireJava()
    // A page known to be wrong, checked in the same run, proves the checker really reads the files.
    const control = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-vnu-'))
    fs.writeFileSync(
      path.join(control, 'broken.html'),
      '<!doctype html><html lang="pl"><title>x</title><p><div></span>',
    )
    try {
      const outDir = inject('siteOutDir')
      const messages = await vnu([outDir, control])
      const fromControl = messages.filter((message) => message.url?.includes(control))
      expect(fromControl.length).toBeGreaterThan(0)
      const errors = messages
        .filter((message) => !message.url?.includes(control))
        .map(
          (message) =>
            `${message.url?.replace(`file:${outDir}`, '') ?? '?'}:${message.lastLine ?? '?'} ${message.message} «${message.extract?.trim() ?? ''}»`,
        )
      expect(errors).toEqual([])
    } finally {
      fs.rmSync(control, { recursive: true, force: true })
    }
  })
})
