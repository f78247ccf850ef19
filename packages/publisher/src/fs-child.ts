import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

/*
 * Copying or deleting a release (tens of thousands of files) with Node's synchronous calls blocks the process
 * for seconds (the CMS runs the publish job), and its asynchronous `fs.promises.cp` takes ten times as long. So
 * these run the synchronous calls in a short-lived Node process of their own.
 */
const inChild = async (script: string, ...args: string[]): Promise<void> => {
  await run(process.execPath, ['-e', script, ...args], { maxBuffer: 1024 * 1024 })
}

/**
 * Copies a folder (symlinks as they are, and each file's modification time, which the web server's validators
 * derive from: a page the next build leaves alone keeps its ETag), like `cp -a`.
 */
export const copyTree = (from: string, to: string) =>
  inChild(
    "require('node:fs').cpSync(process.argv[1], process.argv[2], { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })",
    from,
    to,
  )

/**
 * A clone of a folder whose files are hard links to the originals (symlinks copied as they are, folders made
 * anew), like `cp -al`: no file's bytes are copied, and each file keeps its modification time (it is the same
 * file). A file of the clone must then never be written in place, only replaced (a temp file renamed over it) or
 * deleted, or the original changes with it.
 */
export const linkTree = (from: string, to: string) =>
  inChild(
    `const fs = require('node:fs'), path = require('node:path')
const [from, to] = process.argv.slice(1)
const walk = (source, target) => {
  fs.mkdirSync(target, { recursive: true })
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const a = path.join(source, entry.name), b = path.join(target, entry.name)
    if (entry.isDirectory()) walk(a, b)
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(a), b)
    else fs.linkSync(a, b)
  }
}
walk(from, to)`,
    from,
    to,
  )

/** Deletes a folder and everything in it, like `rm -rf` (nothing to do, and no process, when it is not there). */
export const removeTree = async (dir: string) => {
  if (fs.existsSync(dir)) {
    await inChild("require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", dir)
  }
}
