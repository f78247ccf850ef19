import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Articles and events written before this migration do not notify anyone when next saved: the box is ticked
// only for new ones.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`digest\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_digest_idx\` ON \`deliveries\` (\`digest\`);`)
  await db.run(sql`UPDATE \`articles\` SET \`notify_subscribers\` = false;`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_notify_subscribers\` = false;`)
  await db.run(sql`UPDATE \`events\` SET \`notify_subscribers\` = false;`)
  await db.run(sql`UPDATE \`_events_v\` SET \`version_notify_subscribers\` = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deliveries_digest_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`digest\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`notified_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_notified_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`notified_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_notified_at\`;`)
}
