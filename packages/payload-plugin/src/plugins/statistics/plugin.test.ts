import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, type Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from '../../index'
import { listLogFiles } from './import/list-log-files'
import { statisticsPlugin } from './index'
import { IMPORT_LOGS_TASK } from './slugs'

const host = (): Config =>
  ({ secret: 'test', collections: [], admin: { user: 'users' } }) as unknown as Config

const slugs = (config: Config) => (config.collections ?? []).map((collection) => collection.slug)
const tasks = (config: Config) => (config.jobs?.tasks ?? []).map((task) => task.slug)

describe('the statistics plugin', () => {
  it('adds its collections, and the scheduled import only when it has a logs folder', () => {
    const alone = statisticsPlugin()(host())
    expect(slugs(alone)).toEqual([
      'users',
      'media',
      'documents',
      'traffic-days',
      'traffic-log-files',
      'historic-figures',
    ])
    expect(tasks(alone)).toEqual([])
    const scheduled = statisticsPlugin({ statistics: { logsDir: '/var/log/ratusz' } })(host())
    expect(tasks(scheduled)).toEqual([IMPORT_LOGS_TASK])
    expect(scheduled.jobs?.tasks?.[0]?.schedule).toEqual([{ cron: '0 20 * * * *', queue: 'default' }])
  })

  it('is installed by ratusz() unless switched off', () => {
    expect(slugs(ratusz()(host()))).toContain('traffic-days')
    expect(slugs(ratusz({ plugins: { statistics: false } })(host()))).not.toContain('traffic-days')
  })

  it('is accepted by Payload, in the admin group "Statystyki"', async () => {
    const config = await buildConfig({
      ...host(),
      plugins: [statisticsPlugin({ statistics: { logsDir: '/x' } })],
    })
    const days = config.collections.find((collection) => collection.slug === 'traffic-days')
    expect(days?.admin.group).toMatchObject({ pl: 'Statystyki' })
    expect(config.jobs.tasks?.map((task) => task.slug)).toContain(IMPORT_LOGS_TASK)
  })
})

describe('listLogFiles', () => {
  it('lists access logs as logrotate names them, oldest first, never the error log', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-logs-list-'))
    const names = [
      'access.log.2.gz',
      'access.log.1',
      'access.log',
      'access.log-20261129.gz',
      'error.log',
      'notes.txt',
    ]
    names.forEach((name, index) => {
      fs.writeFileSync(path.join(dir, name), 'x\n')
      const time = new Date(Date.UTC(2026, 10, 1 + index))
      fs.utimesSync(path.join(dir, name), time, time)
    })
    expect((await listLogFiles(dir)).map((file) => path.basename(file))).toEqual([
      'access.log.2.gz',
      'access.log.1',
      'access.log',
      'access.log-20261129.gz',
    ])
    expect(await listLogFiles(path.join(dir, 'missing'))).toEqual([])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
