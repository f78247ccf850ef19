import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { backfillFileUsage } from '@ratusz/payload-plugin'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_public_usage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`owner\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_public_usage_order_idx\` ON \`media_public_usage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_public_usage_parent_id_idx\` ON \`media_public_usage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_public_usage_owner_idx\` ON \`media_public_usage\` (\`owner\`);`)
  await db.run(sql`CREATE TABLE \`documents_public_usage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`owner\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_public_usage_order_idx\` ON \`documents_public_usage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_public_usage_parent_id_idx\` ON \`documents_public_usage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_public_usage_owner_idx\` ON \`documents_public_usage\` (\`owner\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_by_hand\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`public_by_hand\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`documents_public_idx\` ON \`documents\` (\`public\`);`)
  // Files that published content already uses stay public (file publicity starts with every file private).
  await backfillFileUsage(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_public_usage\`;`)
  await db.run(sql`DROP TABLE \`documents_public_usage\`;`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_by_hand\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`DROP INDEX \`documents_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`public_by_hand\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`public\`;`)
}
