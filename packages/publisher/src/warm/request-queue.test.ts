import { describe, expect, it } from 'vitest'
import type { WarmMessage, WarmReply, WarmRequest } from './protocol'
import { serveRequests } from './request-queue'

const request = (id: number): WarmRequest => ({ type: 'render', id, outDir: '/tmp/ratusz-none' })

/** Serves requests with a render that notes the order of things, and collects the replies. */
const serve = (beforeFirst: () => Promise<void>) => {
  const happened: string[] = []
  const replies: WarmReply[] = []
  let answered: () => void = () => {}
  const reply = new Promise<void>((resolve) => (answered = resolve))
  let take: (message: WarmMessage) => void = () => {}
  serveRequests({
    beforeFirst,
    receive: (listener) => (take = listener),
    render: async ({ id }) => {
      happened.push(`render ${id}`)
      return { type: 'refused', id, reason: 'rendered (test)' }
    },
    preview: async ({ id }) => ({ type: 'refused', id, reason: 'no preview (test)' }),
    send: (sent) => {
      replies.push(sent)
      answered()
    },
  })
  return { happened, replies, reply, take: (message: WarmMessage) => take(message) }
}

describe('the renderer takes its requests after its warm-up', () => {
  it('answers the first request once the warm-up is through', async () => {
    let finishWarmUp: () => void = () => {}
    const { happened, reply, take } = serve(
      () => new Promise<void>((resolve) => (finishWarmUp = () => (happened.push('warmed up'), resolve()))),
    )
    take(request(1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(happened).toEqual([])
    finishWarmUp()
    await reply
    expect(happened).toEqual(['warmed up', 'render 1'])
  })

  it('refuses every request when the warm-up failed, with its reason', async () => {
    const { happened, replies, reply, take } = serve(async () => {
      throw new Error('the CMS did not answer the warm-up sync')
    })
    take(request(2))
    await reply
    expect(happened).toEqual([])
    expect(replies).toEqual([
      expect.objectContaining({ type: 'refused', id: 2, reason: expect.stringContaining('did not answer') }),
    ])
  })
})
