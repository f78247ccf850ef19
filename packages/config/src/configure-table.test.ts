import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { variables, type Reader, type VariableName } from './variables'

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const configureMd = path.join(repoDir, 'docs/configure.md')

/** The variable names the tree mentions outside this package and the docs (tracked and new files alike). */
const namesInSources = (): Set<string> => {
  const output = execFileSync(
    'git',
    [
      'grep',
      '--untracked',
      '-ohIwE',
      'RATUSZ_[A-Z0-9_]+|DATABASE_URL|PAYLOAD_SECRET',
      '--',
      '.',
      ':(exclude)*.md',
      ':(exclude)packages/config',
    ],
    { cwd: repoDir, encoding: 'utf8' },
  )
  return new Set(output.split('\n').filter(Boolean))
}

const readerNames: Record<Reader, string> = { cms: 'CMS', site: 'site', scripts: 'scripts', tests: 'tests' }

const defaultOf = (name: VariableName): string => {
  const entry = variables[name]
  if ('defaultText' in entry && entry.defaultText) return entry.defaultText
  const parsed = entry.schema.safeParse(undefined)
  return parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : 'unset'
}

/** The table rows docs/configure.md must hold, in the catalogue's order. */
const expectedRows = (testOnly: boolean): string[] =>
  (Object.keys(variables) as VariableName[])
    .filter((name) => (variables[name].readers as readonly Reader[]).includes('tests') === testOnly)
    .map((name) => {
      const readers = variables[name].readers.map((reader) => readerNames[reader]).join(', ')
      return `| \`${name}\` | ${readers} | ${defaultOf(name)} | ${variables[name].meaning} |`
    })

/** The rows of the table that follows a heading of docs/configure.md. */
const rowsUnder = (heading: string): string[] => {
  const lines = fs.readFileSync(configureMd, 'utf8').split('\n')
  const start = lines.indexOf(heading)
  expect(start, `docs/configure.md has no "${heading}"`).toBeGreaterThanOrEqual(0)
  const rows: string[] = []
  for (const line of lines.slice(lines.findIndex((line, index) => index > start && line.startsWith('|')))) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows.slice(2) // the header and its rule
}

describe('the table of environment variables (docs/configure.md)', () => {
  it('covers every RATUSZ_ variable the tree reads, and only those', () => {
    const inSources = namesInSources()
    const ratuszInSources = [...inSources].filter((name) => name.startsWith('RATUSZ_')).sort()
    const ratuszInCatalogue = Object.keys(variables)
      .filter((name) => name.startsWith('RATUSZ_'))
      .sort()
    expect(ratuszInCatalogue).toEqual(ratuszInSources)
    expect(Object.keys(variables).filter((name) => !inSources.has(name))).toEqual([])
  })

  it('says of each variable what the catalogue says: readers, default, meaning', () => {
    expect(rowsUnder('## Environment')).toEqual(expectedRows(false))
    expect(rowsUnder('### For the tests only')).toEqual(expectedRows(true))
  })
})
