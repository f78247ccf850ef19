import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Pages saved before review dates existed get one: today plus the interval the site settings give their kind
 * (12 months when unset), as a new page would; none is due at once, so the dashboard is not flooded.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "articles" SET "review_by" = now() + make_interval(months => COALESCE((SELECT "review_articles" FROM "site_settings" LIMIT 1), 12)::int) WHERE "review_by" IS NULL;
  UPDATE "_articles_v" SET "version_review_by" = now() + make_interval(months => COALESCE((SELECT "review_articles" FROM "site_settings" LIMIT 1), 12)::int) WHERE "version_review_by" IS NULL;
  UPDATE "bip_documents" SET "review_by" = now() + make_interval(months => COALESCE((SELECT "review_bip_documents" FROM "site_settings" LIMIT 1), 12)::int) WHERE "review_by" IS NULL;
  UPDATE "_bip_documents_v" SET "version_review_by" = now() + make_interval(months => COALESCE((SELECT "review_bip_documents" FROM "site_settings" LIMIT 1), 12)::int) WHERE "version_review_by" IS NULL;`)
}

/** Nothing to undo: a backfilled date cannot be told from one an editor set. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
