import {
  ValidationError,
  type Config,
  type DateField,
  type Field,
  type FieldHook,
  type RichTextField,
  type Validate,
} from 'payload'
import { date as payloadDateValidation, richText as payloadRichTextValidation } from 'payload/shared'
import { dateBoundsProblem } from './date-bounds'
import { richTextProblem, richTextSizeProblem } from './rich-text-limits'

/** Marks a field this module bounded (`custom.ratuszBounded`), for tests that check none was missed. */
export const BOUNDED = 'ratuszBounded'

type AnyValidate = (value: unknown, options: Record<string, unknown>) => unknown

/** Runs `check` first, then the field's own validation (or Payload's default for its type). */
const before = (
  check: (value: unknown, req: never) => string | undefined,
  own: AnyValidate | undefined,
  fallback: AnyValidate,
): Validate =>
  (async (value: unknown, options: Record<string, unknown>) =>
    check(value, options.req as never) ?? (await (own ?? fallback)(value, options))) as Validate

/**
 * Drafts skip validation, but the site must never meet a rich text it cannot render, not even a draft published
 * later: its size and depth are checked on every save.
 */
const refuseOversizedRichText: FieldHook = ({ value, path, req, collection, global }) => {
  const problem = richTextSizeProblem(value, req)
  if (problem) {
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        errors: [{ path: path.join('.'), message: problem }],
        req,
      },
      req.t,
    )
  }
  return value
}

const boundDate = (field: DateField): DateField => ({
  ...field,
  validate: before(
    dateBoundsProblem,
    field.validate as AnyValidate | undefined,
    payloadDateValidation as AnyValidate,
  ),
  custom: { ...field.custom, [BOUNDED]: true },
})

const boundRichText = (field: RichTextField): RichTextField => ({
  ...field,
  validate: before(
    richTextProblem,
    field.validate as AnyValidate | undefined,
    payloadRichTextValidation as AnyValidate,
  ),
  hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), refuseOversizedRichText] },
  custom: { ...field.custom, [BOUNDED]: true },
})

/** Bounds every date and rich text field below `fields`, however deep in groups, arrays, rows, tabs or blocks. */
const boundFields = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    switch (field.type) {
      case 'date':
        return boundDate(field)
      case 'richText':
        return boundRichText(field)
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return { ...field, fields: boundFields(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: boundFields(tab.fields) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: boundFields(block.fields) })),
        }
      default:
        return field
    }
  })

/**
 * Refuses at save, with a message on the field, what the site could not render: dates outside the years the
 * contract allows, rich texts too deep or too large, links to addresses other than http(s), mailto, tel and paths
 * on the site. Applied to every collection and global of the config, so no date or rich text field is missed.
 */
export const boundDatesAndRichTexts = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: boundFields(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: boundFields(global.fields) })),
})
