import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_departments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_departments_order_idx\` ON \`site_settings_departments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_departments_parent_id_idx\` ON \`site_settings_departments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_quick_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_quick_links_order_idx\` ON \`site_settings_quick_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_quick_links_parent_id_idx\` ON \`site_settings_quick_links\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`address_map_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_departments\`;`)
  await db.run(sql`DROP TABLE \`site_settings_quick_links\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`address_map_url\`;`)
}
