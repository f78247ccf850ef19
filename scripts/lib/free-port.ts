import net from 'node:net'

/**
 * Rejects when something already listens on the port: a server left from an earlier run would otherwise answer
 * the readiness check in place of the one about to start.
 */
export const assertPortFree = (port: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is in use (a server left from an earlier run?): stop it or choose other ports`,
            )
          : error,
      ),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
