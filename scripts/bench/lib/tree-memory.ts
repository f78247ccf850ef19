import fs from 'node:fs'

const PAGE_KB = 4

/** The process ids below `root` (itself included), read from /proc. */
const processTree = (root: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = []
  const visit = (pid: number) => {
    tree.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return tree
}

/** The resident memory of a process in bytes (0 when it is gone). */
const residentBytes = (pid: number): number => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB * 1024
  } catch {
    return 0
  }
}

/**
 * Polls the summed resident memory of a process and all its descendants (Linux /proc) every `intervalMs` and
 * keeps the highest; `stop()` returns that peak in bytes.
 */
export const watchTreeMemory = (root: number, intervalMs = 100) => {
  let peak = 0
  const sample = () => {
    const total = processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0)
    peak = Math.max(peak, total)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: (): number => {
      clearInterval(timer)
      return peak
    },
  }
}
