/** Thrown when PDF work runs past its time limit. */
export class PdfTimeoutError extends Error {
  constructor(seconds: number) {
    super(`PDF processing took longer than ${seconds} s`)
    this.name = 'PdfTimeoutError'
  }
}

/** A clock for one piece of work: `check()` throws once the limit has passed; `race()` bounds one await. */
export const deadline = (seconds: number) => {
  const endsAt = Date.now() + seconds * 1000
  const check = (): void => {
    if (Date.now() > endsAt) throw new PdfTimeoutError(seconds)
  }
  const race = async <T>(work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfTimeoutError(seconds)), Math.max(0, endsAt - Date.now()))
    })
    try {
      return await Promise.race([work, timeout])
    } finally {
      clearTimeout(timer)
    }
  }
  return { check, race }
}
