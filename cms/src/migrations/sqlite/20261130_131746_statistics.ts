import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`traffic_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`page_views\` numeric DEFAULT 0 NOT NULL,
  	\`visitors\` numeric DEFAULT 0 NOT NULL,
  	\`sections_site_page_views\` numeric DEFAULT 0 NOT NULL,
  	\`sections_site_visitors\` numeric DEFAULT 0 NOT NULL,
  	\`sections_bip_page_views\` numeric DEFAULT 0 NOT NULL,
  	\`sections_bip_visitors\` numeric DEFAULT 0 NOT NULL,
  	\`sections_periodicals_page_views\` numeric DEFAULT 0 NOT NULL,
  	\`sections_periodicals_visitors\` numeric DEFAULT 0 NOT NULL,
  	\`feed_fetches\` numeric DEFAULT 0 NOT NULL,
  	\`calendar_fetches\` numeric DEFAULT 0 NOT NULL,
  	\`pdf_downloads\` numeric DEFAULT 0 NOT NULL,
  	\`requests\` numeric DEFAULT 0 NOT NULL,
  	\`bot_requests\` numeric DEFAULT 0 NOT NULL,
  	\`paths\` text,
  	\`referrers\` text,
  	\`imports\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`traffic_days_day_idx\` ON \`traffic_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`traffic_days_updated_at_idx\` ON \`traffic_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`traffic_days_created_at_idx\` ON \`traffic_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`traffic_log_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fingerprint\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`offset\` numeric NOT NULL,
  	\`lines\` numeric,
  	\`malformed_lines\` numeric,
  	\`finished\` integer,
  	\`imported_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`traffic_log_files_fingerprint_idx\` ON \`traffic_log_files\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`traffic_log_files_updated_at_idx\` ON \`traffic_log_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`traffic_log_files_created_at_idx\` ON \`traffic_log_files\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`historic_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`channel\` text NOT NULL,
  	\`measure\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`source\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`historic_figures_updated_at_idx\` ON \`historic_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`historic_figures_created_at_idx\` ON \`historic_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_channel_measure_idx\` ON \`historic_figures\` (\`year\`,\`channel\`,\`measure\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`traffic_days_id\` integer REFERENCES traffic_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`traffic_log_files_id\` integer REFERENCES traffic_log_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`historic_figures_id\` integer REFERENCES historic_figures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_days_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_log_files_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_log_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_historic_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`historic_figures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`traffic_days\`;`)
  await db.run(sql`DROP TABLE \`traffic_log_files\`;`)
  await db.run(sql`DROP TABLE \`historic_figures\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`areas_id\` integer,
  	\`categories_id\` integer,
  	\`articles_id\` integer,
  	\`events_id\` integer,
  	\`bip_categories_id\` integer,
  	\`bip_files_id\` integer,
  	\`bip_documents_id\` integer,
  	\`bip_changes_id\` integer,
  	\`alerts_id\` integer,
  	\`periodicals_id\` integer,
  	\`newsletter_issues_id\` integer,
  	\`site_publishes_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_categories_id\`) REFERENCES \`bip_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_files_id\`) REFERENCES \`bip_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_documents_id\`) REFERENCES \`bip_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bip_changes_id\`) REFERENCES \`bip_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`periodicals_id\`) REFERENCES \`periodicals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_issues_id\`) REFERENCES \`newsletter_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "site_publishes_id", "users_id") SELECT "id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "site_publishes_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_files_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bip_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`bip_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_periodicals_id_idx\` ON \`payload_locked_documents_rels\` (\`periodicals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_publishes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_publishes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
