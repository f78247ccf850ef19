/**
 * Who may do what with every collection and global of the real config: the one table the access-matrix tests
 * check over REST and over GraphQL. A collection or global added to the config without a row fails them, so
 * nobody adds one without deciding who may do what with it.
 *
 * Who: `anyone`; `signedIn` (every role); `editors` (editor, admin); `bip` (bip-editor, admin); `admin`;
 * `nobody`. `reports`: administrators all, reports handlers only the reports of their categories. `own` (users): administrators all, others only their own account. `bipUnreleased`,
 * `adminUnreleased` (BIP files): only files no published document has carried. `public` (reads): anyone, but
 * anonymous readers and other roles only see the published or public subset.
 */
export type Who =
  | 'anyone'
  | 'public'
  | 'signedIn'
  | 'editors'
  | 'bip'
  | 'admin'
  | 'own'
  | 'bipUnreleased'
  | 'adminUnreleased'
  | 'reports'
  | 'reportsRead'
  | 'reportsStaff'
  | 'nobody'
export type Row = { read: Who; create: Who; update: Who; delete: Who }
export type Operation = keyof Row

export const COLLECTIONS: Record<string, Row> = {
  users: { read: 'own', create: 'admin', update: 'own', delete: 'admin' },
  media: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  documents: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  areas: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  categories: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  articles: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  events: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  alerts: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  periodicals: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  'newsletter-issues': { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  'bip-categories': { read: 'anyone', create: 'bip', update: 'bip', delete: 'bip' },
  'bip-files': { read: 'public', create: 'bip', update: 'bipUnreleased', delete: 'adminUnreleased' },
  'bip-documents': { read: 'public', create: 'bip', update: 'bip', delete: 'admin' },
  'bip-changes': { read: 'anyone', create: 'nobody', update: 'nobody', delete: 'nobody' },
  'site-publishes': { read: 'signedIn', create: 'nobody', update: 'nobody', delete: 'nobody' },
  // residents' notifications: groups are public (the site's form lists them); subscriptions hold personal data
  'subscription-groups': { read: 'anyone', create: 'admin', update: 'admin', delete: 'admin' },
  subscriptions: { read: 'admin', create: 'admin', update: 'admin', delete: 'admin' },
  deliveries: { read: 'admin', create: 'nobody', update: 'nobody', delete: 'nobody' },
  // written only by the log import; an administrator deletes a day or a log's record to import it again
  'traffic-days': { read: 'editors', create: 'nobody', update: 'nobody', delete: 'admin' },
  'traffic-log-files': { read: 'admin', create: 'nobody', update: 'nobody', delete: 'admin' },
  'historic-figures': { read: 'editors', create: 'admin', update: 'admin', delete: 'admin' },
  // residents' reports: categories are public (the site's form lists them, not who handles them); reports are
  // public only once marked so (without personal data); handlers see their categories' reports, messages, photos
  'report-categories': { read: 'anyone', create: 'admin', update: 'admin', delete: 'admin' },
  reports: { read: 'public', create: 'reportsStaff', update: 'reports', delete: 'admin' },
  'report-messages': { read: 'reportsRead', create: 'reportsStaff', update: 'nobody', delete: 'nobody' },
  'report-photos': { read: 'reportsRead', create: 'nobody', update: 'nobody', delete: 'admin' },
  'open311-keys': { read: 'admin', create: 'admin', update: 'admin', delete: 'admin' },
}

export const GLOBALS: Record<string, Pick<Row, 'read' | 'update'>> = {
  'site-settings': { read: 'anyone', update: 'editors' },
  'accessibility-statement': { read: 'anyone', update: 'editors' },
  'bip-settings': { read: 'anyone', update: 'bip' },
  // the annual report chapter's text (statistics): administrators only
  'annual-report-template': { read: 'admin', update: 'admin' },
  // Payload's record of scheduled runs (the hourly traffic import): the scheduler only (cms/src/lock-job-stats.ts)
  'payload-jobs-stats': { read: 'nobody', update: 'nobody' },
}

/** Who sees a draft-only record of each collection with drafts (everyone else sees nothing of it). */
export const DRAFT_READERS: Record<string, Who> = {
  articles: 'signedIn',
  events: 'signedIn',
  alerts: 'signedIn',
  'newsletter-issues': 'signedIn',
  'bip-documents': 'bip',
}

export const ROLES = ['anonymous', 'editor', 'bip-editor', 'reports-handler', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const allows = (who: Who, role: Role): boolean | 'limited' => {
  switch (who) {
    case 'anyone':
      return true
    case 'public':
      return role === 'anonymous' ? 'limited' : true
    case 'signedIn':
      return role !== 'anonymous'
    case 'editors':
      return role === 'editor' || role === 'admin'
    case 'bip':
      return role === 'bip-editor' || role === 'admin'
    case 'admin':
      return role === 'admin'
    case 'own':
      return role === 'admin' ? true : role === 'anonymous' ? false : 'limited'
    case 'bipUnreleased':
      return role === 'bip-editor' || role === 'admin' ? 'limited' : false
    case 'adminUnreleased':
      return role === 'admin' ? 'limited' : false
    case 'reports':
      return role === 'admin' ? true : role === 'reports-handler' ? 'limited' : false
    case 'reportsRead':
      return role === 'admin' || role === 'reports-handler'
    case 'reportsStaff':
      return role === 'admin' || role === 'reports-handler'
    case 'nobody':
      return false
  }
}

/** The status a role gets: reads list (200), creates from an empty body (400: access passed, validation did not),
 * updates and deletes of a record that does not exist (404 when access passed, 403 when a rule refused or could
 * only allow some records). */
export const expected = (op: Operation, who: Who, role: Role): number => {
  const allowed = allows(who, role)
  if (op === 'read') return allowed ? 200 : 403
  if (allowed === false) return 403
  if (op === 'create') return 400
  return allowed === 'limited' ? 403 : 404
}

/** The collections of the config that the table must cover: all but Payload's own (`payload-*`). */
export const configCollections = (collections: { slug: string }[]): string[] =>
  collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-'))
