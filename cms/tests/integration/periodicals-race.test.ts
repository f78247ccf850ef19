import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'
import {
  requeueStuckIssues,
  watchStuckIssues,
} from '../../../packages/payload-plugin/src/plugins/periodicals/newsletter-issues/requeue-stuck-issues'
import { GOOD_ISSUE_PAGES, goodPdf } from './periodicals-fixtures'

const form = (file: Buffer, name: string, data: object) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

type Issue = {
  id: number
  processing: { status: string }
  pageCount: number | null
  pages: unknown[]
  generatedCover: number | { id: number } | null
  printRun: number | null
}

const idOf = (value: Issue['generatedCover']) => (value && typeof value === 'object' ? value.id : value)

describe('a periodical issue: the PDF job and the editor never overwrite each other', () => {
  let payload: Payload
  let editor: string
  let periodicalId: number
  let number = 100

  const upload = async () => {
    number += 1
    const response = await rest(payload, 'POST', '/newsletter-issues', {
      token: editor,
      form: form(await goodPdf(), `wyscig-${number}.pdf`, {
        periodical: periodicalId,
        number: `${number}/2025`,
        publishedOn: '2025-03-15T10:00:00.000Z',
        _status: 'published',
      }),
    })
    expect(response.status).toBe(201)
    return response.body.doc as Issue
  }
  const stored = async (id: number) =>
    (await payload.findByID({
      collection: 'newsletter-issues',
      id,
      depth: 0,
      draft: true,
    })) as unknown as Issue
  const runPdfJobs = () => payload.jobs.run({ queue: 'pdf', limit: 10 })
  const coversOf = async (numberText: string) =>
    (
      await payload.find({
        collection: 'media',
        where: { alt: { like: `nr ${numberText}` } },
        depth: 0,
        limit: 10,
      })
    ).docs.map((doc) => doc.id)

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-wyscig@example.pl', ['editor'])
    const created = await rest(payload, 'POST', '/periodicals', {
      token: editor,
      body: { title: 'Informator Wyścigowy', publisher: 'Urząd Gminy', frequency: 'monthly' },
    })
    expect(created.status).toBe(201)
    periodicalId = created.body.doc.id
  })

  it('keeps the job’s results when the editor saves a form opened before the job finished', async () => {
    const uploaded = await upload()
    // the form the editor opened: still "queued", no pages, no cover
    const formValues = (
      await rest(payload, 'GET', `/newsletter-issues/${uploaded.id}?depth=0&draft=true`, { token: editor })
    ).body as Issue & Record<string, unknown>
    expect(formValues.processing.status).toBe('queued')
    await runPdfJobs()
    const processed = await stored(uploaded.id)
    expect(processed.processing.status).toBe('done')

    const saved = await rest(payload, 'PATCH', `/newsletter-issues/${uploaded.id}`, {
      token: editor,
      body: { ...formValues, printRun: 1500 },
    })
    expect(saved.status).toBe(200)
    const after = await stored(uploaded.id)
    expect(after.processing.status).toBe('done')
    expect(after.pageCount).toBe(GOOD_ISSUE_PAGES)
    expect(after.pages).toHaveLength(GOOD_ISSUE_PAGES)
    expect(after.printRun).toBe(1500)
    expect(await coversOf(`${number}/2025`)).toEqual([idOf(after.generatedCover)])
  })

  it('keeps the editor’s save when the PDF job saves the same issue at the same instant', async () => {
    const uploaded = await upload()
    const database = payload.db as unknown as {
      drizzle: unknown
      execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: { waiting: number }[] }>
    }
    const lockWaiters = async () =>
      (
        await database.execute({
          drizzle: database.drizzle,
          raw: `SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        })
      ).rows[0]!.waiting
    // The editor's save is under way (inside its transaction, not committed yet) when the job starts saving.
    const user = (
      await payload.find({ collection: 'users', where: { email: { equals: 'redaktor-wyscig@example.pl' } } })
    ).docs[0]
    const editorReq = await createLocalReq({ user: user as never }, payload)
    const transactionID = await payload.db.beginTransaction()
    editorReq.transactionID = transactionID!
    await payload.update({
      collection: 'newsletter-issues',
      id: uploaded.id,
      data: { printRun: 2400 } as never,
      req: editorReq,
      overrideAccess: false,
    })
    const job = runPdfJobs()
    while ((await lockWaiters()) === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.db.commitTransaction(transactionID!)
    await job

    const after = await stored(uploaded.id)
    expect(after.printRun).toBe(2400)
    expect(after.processing.status).toBe('done')
    expect(after.pageCount).toBe(GOOD_ISSUE_PAGES)
  })

  it('refuses a table-of-contents entry past the last page, even from a stale form', async () => {
    const uploaded = await upload()
    await runPdfJobs()
    const response = await rest(payload, 'PATCH', `/newsletter-issues/${uploaded.id}`, {
      token: editor,
      body: { pageCount: null, contents: [{ title: 'Za daleko', page: 99 }] },
    })
    expect(response.status).toBe(400)
    const messages = response.body.errors.flatMap((error: { data?: { errors?: { message: string }[] } }) =>
      (error.data?.errors ?? []).map((field) => field.message),
    )
    expect(messages).toEqual([`Strona 99 nie istnieje: PDF ma ${GOOD_ISSUE_PAGES} stron.`])
  })

  it('queues an issue again at start-up when its job is gone', async () => {
    const uploaded = await upload()
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'processNewsletterPdf' } },
    })
    await payload.config.onInit?.(payload)
    await runPdfJobs()
    const after = await stored(uploaded.id)
    expect(after.processing.status).toBe('done')
    expect(after.pageCount).toBe(GOOD_ISSUE_PAGES)
  })
  const pendingJobsOf = async (issueId: number) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'processNewsletterPdf' } },
            { completedAt: { exists: false } },
            { 'input.issueId': { equals: String(issueId) } },
          ],
        },
        depth: 0,
      })
    ).docs.map((job) => job.id)

  it('queues an issue again when its job has waited or run too long (a worker killed mid-run)', async () => {
    const uploaded = await upload()
    const [firstJob] = await pendingJobsOf(uploaded.id)
    expect(await requeueStuckIssues(payload, 'pdf')).not.toContain(String(uploaded.id))
    expect(await pendingJobsOf(uploaded.id)).toEqual([firstJob])
    const later = new Date(Date.now() + 31 * 60_000)
    expect(await requeueStuckIssues(payload, 'pdf', { now: later })).toContain(String(uploaded.id))
    const jobs = await pendingJobsOf(uploaded.id)
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).not.toBe(firstJob)
    await runPdfJobs()
    expect((await stored(uploaded.id)).processing.status).toBe('done')
  })

  it('keeps looking for stuck issues while the process runs the PDF queue, not only at start-up', async () => {
    const uploaded = await upload()
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'processNewsletterPdf' } },
    })
    expect(await pendingJobsOf(uploaded.id)).toEqual([])
    const stop = watchStuckIssues(payload, 'pdf', { everyMs: 50, runsQueue: () => Promise.resolve(true) })
    try {
      while ((await pendingJobsOf(uploaded.id)).length === 0) await new Promise((r) => setTimeout(r, 50))
    } finally {
      stop()
    }
    expect(await pendingJobsOf(uploaded.id)).toHaveLength(1)
    await runPdfJobs()
    expect((await stored(uploaded.id)).processing.status).toBe('done')
  })
})
