/** Builds Lexical editor state (as Payload's lexical field stores it) from plain demo paragraphs. */
const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })

const link = (label: string, url: string) =>
  block('link', [text(label)], { fields: { linkType: 'custom', url, newTab: false }, id: url })

/** The body of a demo article: its paragraphs, a heading before the details and a contact line with a link. */
export const demoBody = (paragraphs: string[], contactEmail: string) => {
  const [first, ...rest] = paragraphs
  return {
    root: block('root', [
      paragraph(first ?? ''),
      ...(rest.length > 0
        ? [block('heading', [text('Szczegóły')], { tag: 'h2' }), ...rest.map(paragraph)]
        : []),
      block(
        'paragraph',
        [text('Pytania prosimy kierować na adres '), link(contactEmail, `mailto:${contactEmail}`), text('.')],
        {
          textFormat: 0,
          textStyle: '',
        },
      ),
    ]),
  }
}

/** Lexical editor state of plain paragraphs (BIP documents and pages, tests). */
export const paragraphsBody = (paragraphs: readonly string[]) => ({
  root: block('root', paragraphs.map(paragraph)),
})
