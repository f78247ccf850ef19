import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_publishes\` ADD \`via\` text;`)
  await db.run(sql`ALTER TABLE \`site_publishes\` ADD \`steps\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_publishes\` DROP COLUMN \`via\`;`)
  await db.run(sql`ALTER TABLE \`site_publishes\` DROP COLUMN \`steps\`;`)
}
