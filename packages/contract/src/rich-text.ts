import { z } from 'zod'

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

export const richTextNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    version: z.number().optional(),
    children: z.array(richTextNode).optional(),
  }),
)

export const richText = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(richTextNode),
  }),
})

export type RichText = z.infer<typeof richText>
