import { html } from '@ratusz/resident-forms'
import { htmlEmail, plainTextEmail, type MessageFooter } from '../../../shared/residents/email-frame'
import { itemLink, type ItemForMessage } from './load-item'
import type { AlertVariant } from './message-keys'
import { polishDay, polishTime } from './polish-time'

const KIND_WORDS = { article: 'Aktualność', event: 'Wydarzenie' } as const
const VARIANT_PREFIXES: Record<AlertVariant, string> = {
  new: '',
  update: 'Aktualizacja: ',
  cancelled: 'Odwołane: ',
}

/** What an item's message starts with, as alerts do: "Wydarzenie", "Aktualizacja: Aktualność", "Odwołane: Wydarzenie". */
export const itemHeadline = (kind: ItemForMessage['kind'], variant: AlertVariant): string =>
  `${VARIANT_PREFIXES[variant]}${KIND_WORDS[kind]}`

/** The subject of an item's message: "Wydarzenie: Dożynki gminne", "Odwołane: Wydarzenie: Dożynki gminne". */
export const itemSubject = (item: Pick<ItemForMessage, 'kind' | 'title'>, variant: AlertVariant): string =>
  `${itemHeadline(item.kind, variant)}: ${item.title}`

/** When and where an event is: "Kiedy: 12.6.2027, 16:00. Gdzie: Boisko, ul. Polna 1." */
export const eventWhen = (item: ItemForMessage): string | null => {
  if (item.kind !== 'event' || !item.start) return null
  const when = item.allDay ? polishDay(item.start) : polishTime(item.start)
  return `Kiedy: ${when}.${item.place ? ` Gdzie: ${item.place}.` : ''}`
}

/** The lines of an item's message after its subject: what changed, the lead, when and where, the areas. */
const itemLines = (item: ItemForMessage, variant: AlertVariant): string[] => {
  const note =
    variant === 'cancelled'
      ? `${item.kind === 'event' ? 'Wydarzenie zostało odwołane.' : 'Wiadomość została odwołana.'}${item.statusNote ? ` ${item.statusNote}` : ''}`
      : item.status === 'postponed'
        ? `Wydarzenie zostało przełożone.${item.statusNote ? ` ${item.statusNote}` : ''}`
        : null
  return [
    note,
    item.lead,
    eventWhen(item),
    item.areaNames.length ? `Dotyczy: ${item.areaNames.join(', ')}.` : null,
  ].filter((line): line is string => Boolean(line))
}

/** An article or an event as an e-mail of its own (subscribers who want news at once). */
export const itemEmail = (
  item: ItemForMessage,
  variant: AlertVariant,
  footer: MessageFooter,
): { subject: string; text: string; html: string } => {
  const subject = itemSubject(item, variant)
  const link = itemLink(footer.siteUrl, item)
  const lines = itemLines(item, variant)
  const body = html`${lines.map((line) => html`<p style="margin:0 0 12px">${line}</p>`)}
    <p style="margin:0 0 12px">
      <a href="${link}" style="color:#0b4f9c"
        >${item.kind === 'event' ? 'Zobacz wydarzenie na stronie' : 'Przeczytaj na stronie'}</a
      >
    </p>`
  return {
    subject,
    text: plainTextEmail([subject, ...lines, `Więcej: ${link}`], footer),
    html: htmlEmail(subject, body, footer),
  }
}

/** An item of a digest: the item and the variant it is listed as. */
export type DigestEntry = { item: ItemForMessage; variant: AlertVariant }

/** The subject of a digest's deliveries: "Nowości dnia, 30.11.2026", "Nowości tygodnia, 30.11.2026". */
export const digestTitle = (frequency: 'daily' | 'weekly', at: Date): string =>
  `${frequency === 'daily' ? 'Nowości dnia' : 'Nowości tygodnia'}, ${polishDay(at)}`

/** The subject of a digest e-mail: "Nowości dnia, 30.11.2026 (3)". */
export const digestSubject = (title: string, count: number): string => `${title} (${count})`

/** A digest as an e-mail: one list of the items, each with its link. */
export const digestEmail = (
  subject: string,
  entries: DigestEntry[],
  footer: MessageFooter,
): { subject: string; text: string; html: string } => {
  const sections = (['article', 'event'] as const)
    .map((kind) => ({
      kind,
      heading: kind === 'article' ? 'Aktualności' : 'Wydarzenia',
      entries: entries.filter((entry) => entry.item.kind === kind),
    }))
    .filter((section) => section.entries.length > 0)
  const entryTitle = ({ item, variant }: DigestEntry) => `${VARIANT_PREFIXES[variant]}${item.title}`
  const entryDetails = ({ item }: DigestEntry) =>
    [item.lead, eventWhen(item)].filter((line): line is string => Boolean(line)).join(' ')
  const text = sections.flatMap((section) => [
    section.heading.toUpperCase(),
    ...section.entries.map((entry) =>
      [`* ${entryTitle(entry)}`, entryDetails(entry), itemLink(footer.siteUrl, entry.item)]
        .filter(Boolean)
        .join('\n  '),
    ),
  ])
  const body = html`${sections.map(
    (section) =>
      html`<h2 style="font-size:19px;margin:16px 0 8px">${section.heading}</h2>
        <ul style="margin:0 0 12px;padding-left:20px">
          ${section.entries.map(
            (entry) =>
              html`<li style="margin:0 0 10px">
                <a href="${itemLink(footer.siteUrl, entry.item)}" style="color:#0b4f9c"
                  >${entryTitle(entry)}</a
                >${entryDetails(entry) ? html`<br />${entryDetails(entry)}` : ''}
              </li>`,
          )}
        </ul>`,
  )}`
  return { subject, text: plainTextEmail([subject, ...text], footer), html: htmlEmail(subject, body, footer) }
}
