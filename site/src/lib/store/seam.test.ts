import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The site's code reads its data through the store alone and keeps no state of its own between builds: what a
 * warm publisher needs to feed the pages new records (see lib/store/records.ts and lib/build/per-build.ts).
 */
const srcDir = path.resolve(import.meta.dirname, '../..')

const sources = (fs.readdirSync(srcDir, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('.test.ts'))
  .sort()

const read = (file: string) => fs.readFileSync(path.join(srcDir, file), 'utf8')

/** Modules imported by a source (an .astro file's frontmatter and scripts included). */
const importsOf = (file: string) =>
  [...read(file).matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1])

describe('the store is the one seam for the site data', () => {
  it('is the only reader of astro:content, with the collections config', () => {
    const readers = sources.filter((file) => importsOf(file).includes('astro:content'))
    expect(readers).toEqual(['content.config.ts', 'lib/store/records.ts'])
  })

  it('is the only reader of what the CMS has installed, with the collections config', () => {
    const readers = sources.filter((file) => importsOf(file).includes('virtual:ratusz/installed-sections'))
    expect(readers).toEqual(['content.config.ts', 'lib/store/sections.ts'])
  })

  it('leaves the publisher out: it drives the build through @ratusz/site-build, and no import goes back', () => {
    const manifest = JSON.parse(read('../package.json')) as { dependencies: Record<string, string> }
    expect(Object.keys(manifest.dependencies)).not.toContain('@ratusz/publisher')
    expect(manifest.dependencies['@ratusz/site-build']).toBe('workspace:*')
  })

  it('is the only way to the CMS, with the loaders of the collections config', () => {
    const clients = sources.filter((file) => importsOf(file).includes('@ratusz/astro-loader'))
    expect(clients).toEqual(['content.config.ts', 'lib/store/files.ts'])
  })
})

/** Test data (fixtures.ts, test-*.ts) is never part of a build. */
const isTestData = (file: string) => /(^|\/)(fixtures|test-[\w-]+)\.ts$/.test(file)

/** What a module keeps at its top level that a later call could change: `let`/`var`, a Map or Set not typed read-only. */
function moduleState(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const { declarationList } = statement
    const mutable = !(declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using))
    for (const declaration of declarationList.declarations) {
      const name = declaration.name.getText(source)
      const init = declaration.initializer
      const collection =
        init !== undefined &&
        ts.isNewExpression(init) &&
        /^(Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.getText(source)) &&
        !/^Readonly(Map|Set)\b/.test(declaration.type?.getText(source) ?? '')
      if (mutable) found.push(`${file}: let ${name}`)
      else if (collection) found.push(`${file}: ${name} = new ${init.expression.getText(source)}`)
    }
  }
  return found
}

describe('the site keeps no module-level state', () => {
  it('outside the per-build memos', () => {
    const stateful = sources
      .filter((file) => file.endsWith('.ts') && file !== 'lib/build/per-build.ts' && !isTestData(file))
      .flatMap(moduleState)
    expect(stateful).toEqual([])
  })

  it('is found where it is', () => {
    expect(moduleState('lib/build/per-build.ts')).toEqual(['lib/build/per-build.ts: memos = new Map'])
  })
})
