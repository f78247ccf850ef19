import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscription_groups_alert_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscription_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscription_groups_alert_kinds_order_idx\` ON \`subscription_groups_alert_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscription_groups_alert_kinds_parent_idx\` ON \`subscription_groups_alert_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscription_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`subscription_groups_updated_at_idx\` ON \`subscription_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscription_groups_created_at_idx\` ON \`subscription_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_topics_order_idx\` ON \`subscriptions_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_topics_parent_idx\` ON \`subscriptions_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`channel\` text DEFAULT 'email' NOT NULL,
  	\`address\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`frequency\` text DEFAULT 'immediately' NOT NULL,
  	\`official\` integer,
  	\`legal_basis\` text,
  	\`consent_version\` text,
  	\`started_at\` text,
  	\`ended_at\` text,
  	\`end_reason\` text,
  	\`erased_at\` text,
  	\`contact_key\` text,
  	\`pending_until\` text,
  	\`confirm_nonce\` text,
  	\`manage_nonce\` text,
  	\`requested\` text,
  	\`history\` text,
  	\`push_keys\` text,
  	\`code_attempts\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_status_idx\` ON \`subscriptions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_started_at_idx\` ON \`subscriptions\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_ended_at_idx\` ON \`subscriptions\` (\`ended_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscriptions_contact_key_idx\` ON \`subscriptions\` (\`contact_key\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_pending_until_idx\` ON \`subscriptions\` (\`pending_until\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` integer,
  	\`categories_id\` integer,
  	\`subscription_groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscription_groups_id\`) REFERENCES \`subscription_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_order_idx\` ON \`subscriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_parent_idx\` ON \`subscriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_path_idx\` ON \`subscriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_areas_id_idx\` ON \`subscriptions_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_categories_id_idx\` ON \`subscriptions_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_rels_subscription_groups_id_idx\` ON \`subscriptions_rels\` (\`subscription_groups_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`subject\` text,
  	\`subscription_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_message_idx\` ON \`deliveries\` (\`message\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscription_idx\` ON \`deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_due_at_idx\` ON \`deliveries\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`notified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_notify_subscribers\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_notified_at\` text;`)
  // Alerts published before notifications existed are not sent when next saved: only new ones start ticked.
  await db.run(sql`UPDATE \`alerts\` SET \`notify_subscribers\` = false;`)
  await db.run(sql`UPDATE \`_alerts_v\` SET \`version_notify_subscribers\` = false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscription_groups_id\` integer REFERENCES subscription_groups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deliveries_id\` integer REFERENCES deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscription_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`subscription_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subscription_groups_alert_kinds\`;`)
  await db.run(sql`DROP TABLE \`subscription_groups\`;`)
  await db.run(sql`DROP TABLE \`subscriptions_topics\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`DROP TABLE \`subscriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
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
  	\`traffic_days_id\` integer,
  	\`traffic_log_files_id\` integer,
  	\`historic_figures_id\` integer,
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
  	FOREIGN KEY (\`traffic_days_id\`) REFERENCES \`traffic_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`traffic_log_files_id\`) REFERENCES \`traffic_log_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`historic_figures_id\`) REFERENCES \`historic_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "traffic_days_id", "traffic_log_files_id", "historic_figures_id", "site_publishes_id", "users_id") SELECT "id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "traffic_days_id", "traffic_log_files_id", "historic_figures_id", "site_publishes_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_days_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_log_files_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_log_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_historic_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`historic_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_publishes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_publishes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`notified_at\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_notify_subscribers\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_notified_at\`;`)
}
