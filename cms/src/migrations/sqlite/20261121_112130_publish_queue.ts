import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_publishes\` ADD \`scheduled_for\` text;`)
  await db.run(sql`ALTER TABLE \`site_publishes\` ADD \`job\` text;`)
  await db.run(sql`CREATE INDEX \`site_publishes_job_idx\` ON \`site_publishes\` (\`job\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`site_publishes_job_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_publishes\` DROP COLUMN \`scheduled_for\`;`)
  await db.run(sql`ALTER TABLE \`site_publishes\` DROP COLUMN \`job\`;`)
}
