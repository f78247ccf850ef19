import { escapeHtml } from './rich-text'

/**
 * A plain text (a lead, a title, a note) as an RSS description, which feed readers render as HTML: escaped, so
 * that `<script>` in a lead is shown as text, never run or read as markup.
 */
export function feedText(text: string): string {
  return escapeHtml(text)
}
