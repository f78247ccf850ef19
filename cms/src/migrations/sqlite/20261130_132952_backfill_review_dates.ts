import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Today plus the months the site settings' `column` gives (12 when unset), as Payload stores dates in SQLite. */
const dueIn = (column: string) =>
  sql.raw(
    `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || CAST(COALESCE((SELECT \`${column}\` FROM \`site_settings\` LIMIT 1), 12) AS INTEGER) || ' months')`,
  )

/**
 * Pages saved before review dates existed get one: today plus the interval the site settings give their kind
 * (12 months when unset), as a new page would; none is due at once, so the dashboard is not flooded.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const articles = dueIn('review_articles')
  const bip = dueIn('review_bip_documents')
  await db.run(sql`UPDATE \`articles\` SET \`review_by\` = ${articles} WHERE \`review_by\` IS NULL;`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_review_by\` = ${articles} WHERE \`version_review_by\` IS NULL;`)
  await db.run(sql`UPDATE \`bip_documents\` SET \`review_by\` = ${bip} WHERE \`review_by\` IS NULL;`)
  await db.run(
    sql`UPDATE \`_bip_documents_v\` SET \`version_review_by\` = ${bip} WHERE \`version_review_by\` IS NULL;`,
  )
}

/** Nothing to undo: a backfilled date cannot be told from one an editor set. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
