import { execFileSync, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { repoDir } from './lib/paths'

const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0

/** The production stack's compose file is valid (docker-compose rejects unknown keys and bad references). */
describe.skipIf(!hasCompose && !process.env.CI)('docker-compose.yml', () => {
  it('is a valid compose file with the whole production stack', () => {
    const config = execFileSync(
      'docker-compose',
      ['-f', 'docker-compose.yml', '--env-file', '.env.example', 'config'],
      {
        cwd: repoDir,
        encoding: 'utf8',
      },
    )
    for (const service of ['db:', 'cms:', 'publisher:', 'web:']) expect(config).toContain(`  ${service}`)
    expect(config).toContain('healthcheck')
    expect(config).not.toMatch(/PAYLOAD_SECRET: ['"]?change-me/)
    // docker-compose is a Python program: a busy machine can take longer than vitest's 5 s default to start it.
  }, 60_000)
})
