import { bipMenus } from '@ratusz/contract'
import type { CollectionConfig } from 'payload'
import { anyone, isBipEditor } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { BIP_SLUGS } from '../slugs'
import { refuseDeleteWithDocuments } from './hooks/refuse-delete-with-documents'

/**
 * `bip-categories`: the BIP menu tree. Each item belongs to one of the two menus and may have a parent; the
 * site builds nested paths from the slugs. Public read; BIP editors write.
 */
export const bipCategoriesCollection = (): CollectionConfig => ({
  slug: BIP_SLUGS.categories,
  labels: collectionLabels((t) => t.bip.categories),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'menu', 'parent', 'order'],
    group: label((t) => t.bip.group),
    description: label((t) => t.bip.categories.description),
  },
  defaultSort: 'order',
  access: { read: anyone, create: isBipEditor, update: isBipEditor, delete: isBipEditor },
  hooks: { beforeDelete: [refuseDeleteWithDocuments] },
  fields: [
    { name: 'name', type: 'text', required: true, ...labelled((t) => t.bip.categories.name) },
    slugField('name'),
    {
      name: 'menu',
      type: 'select',
      required: true,
      defaultValue: 'przedmiotowe',
      options: bipMenus.map((menu) => ({ value: menu, label: label((t) => t.bip.categories.menu[menu]) })),
      ...labelled((t) => t.bip.categories.menu, { position: 'sidebar' as const }),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: BIP_SLUGS.categories,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      ...labelled((t) => t.bip.categories.parent, { position: 'sidebar' as const }),
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 100,
      ...labelled((t) => t.bip.categories.order, { position: 'sidebar' as const }),
    },
    { name: 'about', type: 'textarea', ...labelled((t) => t.bip.categories.about) },
  ],
})
