/** A piece of an excerpt: text, marked when it is a word the search matched. */
export type ExcerptPiece = { text: string; marked: boolean }

/**
 * The excerpt of a found page: `length` words of its text around where the matched words (`locations`, positions
 * among the text's words as Pagefind counts them: separated by white space) lie closest together, the matched ones
 * marked. Starts and ends with "…" when it cuts the text.
 */
export function excerptOf(content: string, locations: readonly number[], length = 30): ExcerptPiece[] {
  const words = content.split(/\s+/).filter(Boolean)
  const matched = new Set(locations)
  let start = 0
  let best = -1
  for (const location of [...matched].sort((a, b) => a - b)) {
    const from = Math.max(0, Math.min(location - 3, words.length - length))
    let count = 0
    for (let index = from; index < from + length; index++) if (matched.has(index)) count++
    if (count > best) {
      best = count
      start = from
    }
  }
  const end = Math.min(words.length, start + length)
  const pieces: ExcerptPiece[] = start > 0 ? [{ text: '… ', marked: false }] : []
  for (let index = start; index < end; index++) {
    const separator = index < end - 1 ? ' ' : ''
    if (matched.has(index))
      pieces.push({ text: words[index]!, marked: true }, { text: separator, marked: false })
    else pieces.push({ text: words[index]! + separator, marked: false })
  }
  if (end < words.length) pieces.push({ text: ' …', marked: false })
  // neighbouring unmarked pieces joined: fewer text nodes
  return pieces.reduce<ExcerptPiece[]>((joined, piece) => {
    const last = joined.at(-1)
    if (last && !last.marked && !piece.marked) last.text += piece.text
    else if (piece.text) joined.push({ ...piece })
    return joined
  }, [])
}
