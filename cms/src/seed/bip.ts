import type { Payload } from 'payload'
import { paragraphsBody } from './rich-text'
import { planBipDocuments, type PlannedBipDocument } from './content/bip-documents'
import { bipInstructions, bipNotPublished } from './content/bip-pages'
import { bipEditors, bipStructure } from './content/bip-structure'
import { demoSettings } from './content/settings'
import { demoPdf } from './files/pdfs'
import { findOrCreate, type SeedTally } from './upsert'

type Id = number | string
type Doc = { id: Id }

const DAY = 86_400_000
const PUBLISHER = 'Urząd Gminy Lipowa Wola'

/** One bip-editor account per redaktor, so "wprowadził" names real people of the demo office. */
const seedEditors = async (payload: Payload, tally: SeedTally, password: string) => {
  const users = []
  for (const editor of bipEditors) {
    users.push(
      await findOrCreate<Doc>(
        payload,
        tally,
        'users',
        { email: { equals: editor.email } },
        async () =>
          (await payload.create({
            collection: 'users',
            data: { email: editor.email, password, name: editor.name, roles: ['bip-editor'] } as never,
          })) as Doc,
      ),
    )
  }
  return users
}

const seedCategories = async (payload: Payload, tally: SeedTally): Promise<Map<string, Id>> => {
  const ids = new Map<string, Id>()
  const upsert = async (name: string, menu: string, order: number, parent?: Id) => {
    const doc = await findOrCreate<Doc>(
      payload,
      tally,
      'bip-categories' as never,
      { name: { equals: name } },
      async () =>
        (await payload.create({
          collection: 'bip-categories' as never,
          data: { name, menu, order, parent } as never,
        })) as Doc,
    )
    ids.set(name, doc.id)
    return doc.id
  }
  for (const [index, item] of bipStructure.entries()) {
    const parent = await upsert(item.name, item.menu, (index + 1) * 10)
    for (const [childIndex, child] of (item.children ?? []).entries()) {
      await upsert(child, item.menu, (childIndex + 1) * 10, parent)
    }
  }
  return ids
}

const seedFile = async (payload: Payload, tally: SeedTally, name: string, title: string, isPublic: boolean) =>
  findOrCreate<Doc>(
    payload,
    tally,
    'bip-files' as never,
    { filename: { equals: `${name}.pdf` } },
    async () => {
      const data = await demoPdf({
        title,
        paragraphs: [title, 'Dokument wygenerowany dla demonstracyjnej gminy Lipowa Wola.'],
      })
      return (await payload.create({
        collection: 'bip-files' as never,
        data: { title, isPublic } as never,
        file: { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length },
      })) as Doc
    },
  )

const attachmentsOf = async (payload: Payload, tally: SeedTally, doc: PlannedBipDocument, index: number) => {
  if (doc.attachment === 'public')
    return [(await seedFile(payload, tally, `bip-${index}`, doc.title, true)).id]
  if (doc.attachment !== 'redacted') return []
  const redacted = await seedFile(payload, tally, `bip-${index}-jawne`, `${doc.title} (wersja jawna)`, true)
  // The unredacted original stays with the office: marked not public, never served.
  await seedFile(payload, tally, `bip-${index}-oryginal`, `${doc.title} (oryginał, niepubliczny)`, false)
  return [redacted.id]
}

/**
 * The demo BIP: bip-editor accounts, the redakcja and page texts, the typical menu tree, and some 320
 * documents with their whole history (first publication, published changes with notes, withdrawals),
 * written through the same hooks an editor's publication goes through, backdated. Idempotent by title.
 */
export const seedBip = async (
  payload: Payload,
  tally: SeedTally,
  options: { password: string; now: Date },
) => {
  const users = await seedEditors(payload, tally, options.password)
  await payload.updateGlobal({
    slug: 'bip-settings' as never,
    data: {
      publisher: PUBLISHER,
      editorialAddress: `Redakcja BIP, ${demoSettings.officeName}, ${demoSettings.address.street}, ${demoSettings.address.postalCode} ${demoSettings.address.city}`,
      editors: bipEditors,
      instructions: paragraphsBody(bipInstructions),
      notPublished: paragraphsBody(bipNotPublished),
    } as never,
  })
  const categories = await seedCategories(payload, tally)
  for (const [index, planned] of planBipDocuments(options.now).entries()) {
    const user = (await payload.findByID({
      collection: 'users',
      id: users[index % users.length]!.id,
    })) as never
    await findOrCreate<Doc>(
      payload,
      tally,
      'bip-documents' as never,
      { title: { equals: planned.title } },
      async () => {
        const base = {
          title: planned.title,
          category: categories.get(planned.category),
          kind: planned.kind,
          deadline: planned.deadline?.toISOString(),
          body: paragraphsBody(planned.paragraphs),
          attachments: await attachmentsOf(payload, tally, planned, index),
          publisher: PUBLISHER,
          producedBy: planned.producedBy,
          producedAt: planned.producedAt.toISOString(),
          exclusion: planned.exclusion,
          _status: 'published',
        }
        const at = (days: number) => new Date(planned.publishedAt.getTime() + days * DAY).toISOString()
        const doc = (await payload.create({
          collection: 'bip-documents' as never,
          data: base as never,
          user,
          context: { bipPublishedAt: planned.publishedAt.toISOString() },
        })) as Doc
        let paragraphs = planned.paragraphs
        for (const edit of planned.edits) {
          paragraphs = [...paragraphs, edit.paragraph]
          await payload.update({
            collection: 'bip-documents' as never,
            id: doc.id,
            data: { body: paragraphsBody(paragraphs), changeNote: edit.note, _status: 'published' } as never,
            user,
            context: { bipPublishedAt: at(edit.afterDays) },
          })
        }
        if (planned.withdrawal) {
          await payload.update({
            collection: 'bip-documents' as never,
            id: doc.id,
            data: {
              withdrawal: { withdrawn: true, reason: planned.withdrawal.reason },
              _status: 'published',
            } as never,
            user,
            context: { bipPublishedAt: at(planned.withdrawal.afterDays) },
          })
        }
        return doc
      },
    )
  }
}
