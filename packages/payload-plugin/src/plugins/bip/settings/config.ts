import type { GlobalConfig, RichTextField } from 'payload'
import { anyone, isBipEditor } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { BIP_SLUGS } from '../slugs'

/**
 * `bip-settings`: what § 11 of the regulation requires on every BIP page (the redakcja's address and
 * redaktorzy with phone and e-mail) and the texts of the instructions page and of "informacje nieudostępnione".
 */
export const bipSettingsGlobal = ({ editor }: { editor?: RichTextField['editor'] }): GlobalConfig => ({
  slug: BIP_SLUGS.settings,
  label: label((t) => t.bip.settings.label),
  admin: { group: label((t) => t.bip.group), description: label((t) => t.bip.settings.description) },
  access: { read: anyone, update: isBipEditor },
  fields: [
    { name: 'publisher', type: 'text', required: true, ...labelled((t) => t.bip.settings.publisher) },
    {
      name: 'editorialAddress',
      type: 'textarea',
      required: true,
      ...labelled((t) => t.bip.settings.editorialAddress),
    },
    {
      name: 'editors',
      type: 'array',
      required: true,
      minRows: 1,
      labels: collectionLabels((t) => t.bip.settings.editors.rows),
      ...labelled((t) => t.bip.settings.editors),
      fields: [
        { name: 'name', type: 'text', required: true, ...labelled((t) => t.bip.settings.editorName) },
        { name: 'position', type: 'text', ...labelled((t) => t.bip.settings.editorRole) },
        { name: 'phone', type: 'text', required: true, ...labelled((t) => t.bip.settings.editorPhone) },
        { name: 'email', type: 'email', required: true, ...labelled((t) => t.bip.settings.editorEmail) },
      ],
    },
    {
      name: 'instructions',
      type: 'richText',
      required: true,
      ...(editor ? { editor } : {}),
      ...labelled((t) => t.bip.settings.instructions),
    },
    {
      name: 'notPublished',
      type: 'richText',
      required: true,
      ...(editor ? { editor } : {}),
      ...labelled((t) => t.bip.settings.notPublished),
    },
  ],
})
