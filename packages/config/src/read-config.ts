import { z } from 'zod'
import { variables, type ReadBy, type Reader, type VariableName } from './variables'

type Environment = Record<string, string | undefined>
type Catalogue = typeof variables

type ShapeOf<N extends VariableName> = { [K in N]: Catalogue[K]['schema'] }

const shapeOf = <N extends VariableName>(names: readonly N[]): ShapeOf<N> =>
  Object.fromEntries(names.map((name) => [name, variables[name].schema])) as ShapeOf<N>

const namesReadBy = <R extends Reader>(reader: R): ReadBy<R>[] =>
  (Object.keys(variables) as VariableName[]).filter((name) =>
    (variables[name].readers as readonly Reader[]).includes(reader),
  ) as ReadBy<R>[]

/** The zod object of every variable a reader reads, to extend with checks across variables (see cms/src/env.ts). */
export const configSchema = <R extends Reader>(reader: R) => z.object(shapeOf(namesReadBy(reader)))

export type Config<R extends Reader> = z.output<ReturnType<typeof configSchema<R>>>

const isSecret = (name: string): boolean =>
  Object.hasOwn(variables, name) && variables[name as VariableName].secret === true

/** `NAME: expected …, got "…"` (the value left out for secrets), or `NAME: required, but unset`. */
const problemLine = (issue: z.core.$ZodIssue, source: Environment): string => {
  const name = String(issue.path[0] ?? '')
  const got = source[name]
  if (got === undefined && issue.code === 'invalid_type') return `${name}: required, but unset`
  return `${name}: ${issue.message}${got === undefined || isSecret(name) ? '' : `, got "${got}"`}`
}

/**
 * Parses the variables of a schema from an environment (a blank one counts as unset); throws one error that
 * lists every problem, one line each, e.g. `RATUSZ_MAX_IMAGE_MB: expected a positive number, got "abc"`.
 */
export const parseConfig = <S extends z.ZodObject>(
  schema: S,
  env: Environment,
  what?: string,
): z.output<S> => {
  const source: Environment = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, env[name]?.trim() ? env[name] : undefined]),
  )
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const lines = new Set(parsed.error.issues.map((issue) => `  ${problemLine(issue, source)}`))
  throw new Error(
    `Invalid ${what ? `${what} ` : ''}configuration in the environment:\n${[...lines].join('\n')}`,
  )
}

const readerNames: Record<Reader, string> = { cms: 'CMS', site: 'site', scripts: 'scripts', tests: 'test' }

/** Every variable a reader reads, checked and typed: call it at the reader's start. */
export const readConfig = <R extends Reader>(reader: R, env: Environment = process.env): Config<R> =>
  parseConfig(configSchema(reader), env, readerNames[reader])

/** Some variables only, checked and typed: for library code that needs a few (e.g. the content loaders). */
export const readVariables = <N extends VariableName>(
  names: readonly N[],
  env: Environment = process.env,
): z.output<z.ZodObject<ShapeOf<N>>> => parseConfig(z.object(shapeOf(names)), env)
