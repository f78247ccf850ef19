import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`report_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`team\` text,
  	\`urgent\` integer DEFAULT false,
  	\`deadline_days\` numeric DEFAULT 14 NOT NULL,
  	\`open311_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`report_categories_open311_code_idx\` ON \`report_categories\` (\`open311_code\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_updated_at_idx\` ON \`report_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_created_at_idx\` ON \`report_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_categories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`report_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_categories_rels_order_idx\` ON \`report_categories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_rels_parent_idx\` ON \`report_categories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_rels_path_idx\` ON \`report_categories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`report_categories_rels_users_id_idx\` ON \`report_categories_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`category_id\` integer NOT NULL,
  	\`description\` text,
  	\`area_id\` integer,
  	\`place\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`contact_channel\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`consent_version\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`justification\` text,
  	\`reply\` text,
  	\`note\` text,
  	\`public\` integer DEFAULT false,
  	\`public_place\` text,
  	\`public_description\` text,
  	\`source\` text DEFAULT 'form',
  	\`confirmed_at\` text,
  	\`due_at\` text,
  	\`first_response_at\` text,
  	\`closed_at\` text,
  	\`erased_at\` text,
  	\`confirm_nonce\` text,
  	\`status_nonce\` text,
  	\`pending_until\` text,
  	\`code_attempts\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`report_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_category_idx\` ON \`reports\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_area_idx\` ON \`reports\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_assignee_idx\` ON \`reports\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_public_idx\` ON \`reports\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`reports_confirmed_at_idx\` ON \`reports\` (\`confirmed_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_due_at_idx\` ON \`reports\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_first_response_at_idx\` ON \`reports\` (\`first_response_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_closed_at_idx\` ON \`reports\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_pending_until_idx\` ON \`reports\` (\`pending_until\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`report_photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_photos_id\`) REFERENCES \`report_photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_report_photos_id_idx\` ON \`reports_rels\` (\`report_photos_id\`);`)
  await db.run(sql`CREATE TABLE \`report_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'note' NOT NULL,
  	\`body\` text,
  	\`status\` text,
  	\`author_id\` integer,
  	\`category_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`report_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_messages_report_idx\` ON \`report_messages\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`report_messages_author_idx\` ON \`report_messages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`report_messages_category_idx\` ON \`report_messages\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`report_messages_updated_at_idx\` ON \`report_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_messages_created_at_idx\` ON \`report_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`report_categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_photos_category_idx\` ON \`report_photos\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`report_photos_updated_at_idx\` ON \`report_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_photos_created_at_idx\` ON \`report_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_photos_filename_idx\` ON \`report_photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`open311_keys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`key\` text,
  	\`active\` integer DEFAULT true,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`open311_keys_key_idx\` ON \`open311_keys\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`open311_keys_updated_at_idx\` ON \`open311_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open311_keys_created_at_idx\` ON \`open311_keys\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`subject\` text,
  	\`subscription_id\` integer,
  	\`channel\` text NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`error\` text,
  	\`digest\` text,
  	\`report_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "key", "message", "subject", "subscription_id", "channel", "state", "due_at", "attempts", "sent_at", "error", "digest", "updated_at", "created_at") SELECT "id", "key", "message", "subject", "subscription_id", "channel", "state", "due_at", "attempts", "sent_at", "error", "digest", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_message_idx\` ON \`deliveries\` (\`message\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscription_idx\` ON \`deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_due_at_idx\` ON \`deliveries\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_digest_idx\` ON \`deliveries\` (\`digest\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_report_idx\` ON \`deliveries\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_categories_id\` integer REFERENCES report_categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_messages_id\` integer REFERENCES report_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_photos_id\` integer REFERENCES report_photos(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`open311_keys_id\` integer REFERENCES open311_keys(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`report_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`report_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`report_photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open311_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`open311_keys_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`report_categories\`;`)
  await db.run(sql`DROP TABLE \`report_categories_rels\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`report_messages\`;`)
  await db.run(sql`DROP TABLE \`report_photos\`;`)
  await db.run(sql`DROP TABLE \`open311_keys\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
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
  	\`digest\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "key", "message", "subject", "subscription_id", "channel", "state", "due_at", "attempts", "sent_at", "error", "digest", "updated_at", "created_at") SELECT "id", "key", "message", "subject", "subscription_id", "channel", "state", "due_at", "attempts", "sent_at", "error", "digest", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_key_idx\` ON \`deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_message_idx\` ON \`deliveries\` (\`message\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscription_idx\` ON \`deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_due_at_idx\` ON \`deliveries\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_digest_idx\` ON \`deliveries\` (\`digest\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
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
  	\`subscription_groups_id\` integer,
  	\`subscriptions_id\` integer,
  	\`deliveries_id\` integer,
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
  	FOREIGN KEY (\`subscription_groups_id\`) REFERENCES \`subscription_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscriptions_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`traffic_days_id\`) REFERENCES \`traffic_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`traffic_log_files_id\`) REFERENCES \`traffic_log_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`historic_figures_id\`) REFERENCES \`historic_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "subscription_groups_id", "subscriptions_id", "deliveries_id", "traffic_days_id", "traffic_log_files_id", "historic_figures_id", "site_publishes_id", "users_id") SELECT "id", "order", "parent_id", "path", "media_id", "documents_id", "areas_id", "categories_id", "articles_id", "events_id", "bip_categories_id", "bip_files_id", "bip_documents_id", "bip_changes_id", "alerts_id", "periodicals_id", "newsletter_issues_id", "subscription_groups_id", "subscriptions_id", "deliveries_id", "traffic_days_id", "traffic_log_files_id", "historic_figures_id", "site_publishes_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscription_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`subscription_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_days_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_traffic_log_files_id_idx\` ON \`payload_locked_documents_rels\` (\`traffic_log_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_historic_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`historic_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_publishes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_publishes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
