/** Reads `--name value` (or `--name=value`) options of a bench command; a bare `--flag` reads as "true". */
export const readArgs = (argv: string[] = process.argv.slice(2)): Map<string, string> => {
  const options = new Map<string, string>()
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!
    if (!arg.startsWith('--')) continue
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    const next = argv[index + 1]
    if (inline !== undefined) options.set(name, inline)
    else if (next !== undefined && !next.startsWith('--')) {
      options.set(name, next)
      index += 1
    } else options.set(name, 'true')
  }
  return options
}

/** A positive number option, or the default; exits with one clear line when it is not a number. */
export const numberArg = (options: Map<string, string>, name: string, fallback: number): number => {
  const raw = options.get(name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number (got "${raw}")`)
    process.exit(2)
  }
  return value
}
