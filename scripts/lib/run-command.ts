import { spawn, type ChildProcess } from 'node:child_process'

type CommandOptions = { cwd: string; env?: Record<string, string | undefined>; quiet?: boolean }

/** Starts a command with the given environment added to ours; its output goes to ours unless quiet. */
export const startCommand = (
  command: string,
  args: string[],
  { cwd, env, quiet }: CommandOptions,
): ChildProcess =>
  spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })

/** Runs a command to the end; rejects with its last output lines when it fails. */
export const runCommand = (command: string, args: string[], options: CommandOptions): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = startCommand(command, args, options)
    let tail = ''
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})\n${tail}`)),
    )
  })

/** Stops a child process and waits for it to end. */
export const stopCommand = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
