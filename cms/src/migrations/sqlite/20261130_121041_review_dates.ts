import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_by_idx\` ON \`articles\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_by_idx\` ON \`_articles_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`bip_documents\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`bip_documents_review_by_idx\` ON \`bip_documents\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`_bip_documents_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_bip_documents_v_version_version_review_by_idx\` ON \`_bip_documents_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`review_articles\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`review_bip_documents\` numeric DEFAULT 12;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_review_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_by\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_review_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_by\`;`)
  await db.run(sql`DROP INDEX \`bip_documents_review_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`bip_documents\` DROP COLUMN \`review_by\`;`)
  await db.run(sql`DROP INDEX \`_bip_documents_v_version_version_review_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bip_documents_v\` DROP COLUMN \`version_review_by\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`review_articles\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`review_bip_documents\`;`)
}
