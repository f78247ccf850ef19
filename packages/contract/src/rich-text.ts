import { z } from 'zod'
import { measureRichText, RICH_TEXT_MAX_DEPTH, RICH_TEXT_MAX_NODES } from './limits'

/**
 * A node of Lexical's serialized editor state as Payload stores it. Only the shape every node shares is
 * checked here; renderers whitelist the node types they know and skip the rest.
 */
export type RichTextNode = {
  type: string
  version?: number
  children?: RichTextNode[]
  [key: string]: unknown
}

const richTextNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    version: z.number().optional(),
    children: z.array(richTextNode).optional(),
  }),
)

const richTextShape = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(richTextNode),
  }),
})

/** A rich text within the depth and size limits, checked before its nodes are parsed (which recurses). */
export const richText = z
  .unknown()
  .superRefine((value, context) => {
    const { depth, nodes } = measureRichText(value)
    if (depth > RICH_TEXT_MAX_DEPTH)
      context.addIssue({ code: 'custom', message: `nested deeper than ${RICH_TEXT_MAX_DEPTH} levels` })
    else if (nodes > RICH_TEXT_MAX_NODES)
      context.addIssue({ code: 'custom', message: `has more than ${RICH_TEXT_MAX_NODES} nodes` })
  })
  .pipe(richTextShape)

export type RichText = z.infer<typeof richTextShape>
