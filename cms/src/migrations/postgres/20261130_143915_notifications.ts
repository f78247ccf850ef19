import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscription_groups_alert_kinds" AS ENUM('pogoda', 'powodz', 'zagrozenie', 'woda', 'prad', 'drogi', 'komunikat', 'wydarzenie');
  CREATE TYPE "public"."enum_subscriptions_topics" AS ENUM('alerts', 'news', 'events');
  CREATE TYPE "public"."enum_subscriptions_channel" AS ENUM('email', 'sms', 'push');
  CREATE TYPE "public"."enum_subscriptions_status" AS ENUM('pending', 'active', 'ended');
  CREATE TYPE "public"."enum_subscriptions_frequency" AS ENUM('immediately', 'daily', 'weekly');
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('email', 'sms', 'push');
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('queued', 'sending', 'sent', 'failed', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'plan-notification' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-deliveries' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'erase-subscriptions' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'plan-notification' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-deliveries' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'erase-subscriptions' BEFORE 'import-traffic-logs';
  CREATE TABLE "subscription_groups_alert_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscription_groups_alert_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscription_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriptions_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscriptions_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"channel" "enum_subscriptions_channel" DEFAULT 'email' NOT NULL,
  	"address" varchar,
  	"status" "enum_subscriptions_status" DEFAULT 'active' NOT NULL,
  	"frequency" "enum_subscriptions_frequency" DEFAULT 'immediately' NOT NULL,
  	"official" boolean,
  	"legal_basis" varchar,
  	"consent_version" varchar,
  	"started_at" timestamp(3) with time zone,
  	"ended_at" timestamp(3) with time zone,
  	"end_reason" varchar,
  	"erased_at" timestamp(3) with time zone,
  	"contact_key" varchar,
  	"pending_until" timestamp(3) with time zone,
  	"confirm_nonce" varchar,
  	"manage_nonce" varchar,
  	"requested" jsonb,
  	"history" jsonb,
  	"push_keys" jsonb,
  	"code_attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"areas_id" integer,
  	"categories_id" integer,
  	"subscription_groups_id" integer
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"subject" varchar,
  	"subscription_id" integer NOT NULL,
  	"channel" "enum_deliveries_channel" NOT NULL,
  	"state" "enum_deliveries_state" DEFAULT 'queued' NOT NULL,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "alerts" ADD COLUMN "notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "alerts" ADD COLUMN "notified_at" timestamp(3) with time zone;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_notified_at" timestamp(3) with time zone;
  -- Alerts published before notifications existed are not sent when next saved: only new ones start ticked.
  UPDATE "alerts" SET "notify_subscribers" = false;
  UPDATE "_alerts_v" SET "version_notify_subscribers" = false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscription_groups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "subscription_groups_alert_kinds" ADD CONSTRAINT "subscription_groups_alert_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscription_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_topics" ADD CONSTRAINT "subscriptions_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscriptions_rels" ADD CONSTRAINT "subscriptions_rels_subscription_groups_fk" FOREIGN KEY ("subscription_groups_id") REFERENCES "public"."subscription_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscription_groups_alert_kinds_order_idx" ON "subscription_groups_alert_kinds" USING btree ("order");
  CREATE INDEX "subscription_groups_alert_kinds_parent_idx" ON "subscription_groups_alert_kinds" USING btree ("parent_id");
  CREATE INDEX "subscription_groups_updated_at_idx" ON "subscription_groups" USING btree ("updated_at");
  CREATE INDEX "subscription_groups_created_at_idx" ON "subscription_groups" USING btree ("created_at");
  CREATE INDEX "subscriptions_topics_order_idx" ON "subscriptions_topics" USING btree ("order");
  CREATE INDEX "subscriptions_topics_parent_idx" ON "subscriptions_topics" USING btree ("parent_id");
  CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");
  CREATE INDEX "subscriptions_started_at_idx" ON "subscriptions" USING btree ("started_at");
  CREATE INDEX "subscriptions_ended_at_idx" ON "subscriptions" USING btree ("ended_at");
  CREATE UNIQUE INDEX "subscriptions_contact_key_idx" ON "subscriptions" USING btree ("contact_key");
  CREATE INDEX "subscriptions_pending_until_idx" ON "subscriptions" USING btree ("pending_until");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  CREATE INDEX "subscriptions_rels_order_idx" ON "subscriptions_rels" USING btree ("order");
  CREATE INDEX "subscriptions_rels_parent_idx" ON "subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "subscriptions_rels_path_idx" ON "subscriptions_rels" USING btree ("path");
  CREATE INDEX "subscriptions_rels_areas_id_idx" ON "subscriptions_rels" USING btree ("areas_id");
  CREATE INDEX "subscriptions_rels_categories_id_idx" ON "subscriptions_rels" USING btree ("categories_id");
  CREATE INDEX "subscriptions_rels_subscription_groups_id_idx" ON "subscriptions_rels" USING btree ("subscription_groups_id");
  CREATE UNIQUE INDEX "deliveries_key_idx" ON "deliveries" USING btree ("key");
  CREATE INDEX "deliveries_message_idx" ON "deliveries" USING btree ("message");
  CREATE INDEX "deliveries_subscription_idx" ON "deliveries" USING btree ("subscription_id");
  CREATE INDEX "deliveries_state_idx" ON "deliveries" USING btree ("state");
  CREATE INDEX "deliveries_due_at_idx" ON "deliveries" USING btree ("due_at");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscription_groups_fk" FOREIGN KEY ("subscription_groups_id") REFERENCES "public"."subscription_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_subscription_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("subscription_groups_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscription_groups_alert_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscription_groups_alert_kinds" CASCADE;
  DROP TABLE "subscription_groups" CASCADE;
  DROP TABLE "subscriptions_topics" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  DROP TABLE "subscriptions_rels" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscription_groups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'import-traffic-logs', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'import-traffic-logs', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_subscription_groups_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "alerts" DROP COLUMN "notify_subscribers";
  ALTER TABLE "alerts" DROP COLUMN "notified_at";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_notify_subscribers";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_notified_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscription_groups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_subscription_groups_alert_kinds";
  DROP TYPE "public"."enum_subscriptions_topics";
  DROP TYPE "public"."enum_subscriptions_channel";
  DROP TYPE "public"."enum_subscriptions_status";
  DROP TYPE "public"."enum_subscriptions_frequency";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_deliveries_state";`)
}
