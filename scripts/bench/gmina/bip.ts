import { paragraphsBody } from '../../../cms/src/seed/rich-text'
import { planBipDocuments } from '../../../cms/src/seed/content/bip-documents'
import { inPool } from '../lib/pool'
import type { LocalApi } from './local-api'
import { progress, spread, type BaseRefs } from './plan'

const DAY = 86_400_000
const PUBLISHER = 'Urząd Gminy Lipowa Wola'

/**
 * BIP documents over the years, made from the demo seed's document templates moved to their new date, published
 * by the seed's bip-editors through the Local API with the same backdating the seed uses, so every publication
 * writes its entry in the change register (`bip-changes`). Every fifth document with a template edit gets that
 * published change too, and withdrawals whose date has passed are made, so history pages and the archive exist.
 */
export const generateBipDocuments = async (
  api: LocalApi,
  refs: BaseRefs,
  { count, years, now, concurrency }: { count: number; years: number; now: Date; concurrency: number },
) => {
  const templates = planBipDocuments(now)
  const tick = progress('BIP documents', count)
  await inPool(
    Array.from({ length: count }, (_, index) => index),
    concurrency,
    async (index) => {
      const template = templates[index % templates.length]!
      const publishedAt = spread(index, count, years, now)
      const shift = publishedAt.getTime() - template.publishedAt.getTime()
      const moved = (date: Date) => new Date(date.getTime() + shift)
      const user = refs.bipEditors[index % refs.bipEditors.length]
      const attachments =
        template.attachment && refs.bipFiles.length > 0 ? [refs.bipFiles[index % refs.bipFiles.length]] : []
      const doc = await api.create({
        collection: 'bip-documents',
        depth: 0,
        user,
        context: { bipPublishedAt: publishedAt.toISOString() },
        data: {
          title: `${template.title} (poz. ${index + 1})`,
          category: refs.bipCategories.get(template.category),
          kind: template.kind,
          deadline: template.deadline ? moved(template.deadline).toISOString() : undefined,
          body: paragraphsBody(template.paragraphs),
          attachments,
          publisher: PUBLISHER,
          producedBy: template.producedBy,
          producedAt: moved(template.producedAt).toISOString(),
          exclusion: template.exclusion,
          _status: 'published',
        },
      })
      const at = (days: number) => new Date(publishedAt.getTime() + days * DAY)
      const edit = index % 5 === 0 ? template.edits[0] : undefined
      if (edit && at(edit.afterDays) < now) {
        await api.update({
          collection: 'bip-documents',
          id: doc.id,
          depth: 0,
          user,
          context: { bipPublishedAt: at(edit.afterDays).toISOString() },
          data: {
            body: paragraphsBody([...template.paragraphs, edit.paragraph]),
            changeNote: edit.note,
            _status: 'published',
          },
        })
      }
      const withdrawal = template.withdrawal
      if (withdrawal && at(withdrawal.afterDays) < now) {
        await api.update({
          collection: 'bip-documents',
          id: doc.id,
          depth: 0,
          user,
          context: { bipPublishedAt: at(withdrawal.afterDays).toISOString() },
          data: { withdrawal: { withdrawn: true, reason: withdrawal.reason }, _status: 'published' },
        })
      }
      tick()
    },
  )
}
