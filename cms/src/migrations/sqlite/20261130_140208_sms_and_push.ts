import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`subscriptions\` ADD \`push_keys\` text;`)
  await db.run(sql`ALTER TABLE \`subscriptions\` ADD \`code_attempts\` numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`subscriptions\` DROP COLUMN \`push_keys\`;`)
  await db.run(sql`ALTER TABLE \`subscriptions\` DROP COLUMN \`code_attempts\`;`)
}
