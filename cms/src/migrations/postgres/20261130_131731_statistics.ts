import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_historic_figures_channel" AS ENUM('website', 'bip', 'facebook', 'instagram', 'youtube', 'other');
  CREATE TYPE "public"."enum_historic_figures_measure" AS ENUM('visits', 'pageViews', 'visitors', 'posts', 'profileVisits', 'followers', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'import-traffic-logs' BEFORE 'publishSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'import-traffic-logs' BEFORE 'publishSite';
  CREATE TABLE "traffic_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"page_views" numeric DEFAULT 0 NOT NULL,
  	"visitors" numeric DEFAULT 0 NOT NULL,
  	"sections_site_page_views" numeric DEFAULT 0 NOT NULL,
  	"sections_site_visitors" numeric DEFAULT 0 NOT NULL,
  	"sections_bip_page_views" numeric DEFAULT 0 NOT NULL,
  	"sections_bip_visitors" numeric DEFAULT 0 NOT NULL,
  	"sections_periodicals_page_views" numeric DEFAULT 0 NOT NULL,
  	"sections_periodicals_visitors" numeric DEFAULT 0 NOT NULL,
  	"feed_fetches" numeric DEFAULT 0 NOT NULL,
  	"calendar_fetches" numeric DEFAULT 0 NOT NULL,
  	"pdf_downloads" numeric DEFAULT 0 NOT NULL,
  	"requests" numeric DEFAULT 0 NOT NULL,
  	"bot_requests" numeric DEFAULT 0 NOT NULL,
  	"paths" jsonb,
  	"referrers" jsonb,
  	"imports" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "traffic_log_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fingerprint" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"offset" numeric NOT NULL,
  	"lines" numeric,
  	"malformed_lines" numeric,
  	"finished" boolean,
  	"imported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "historic_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"channel" "enum_historic_figures_channel" NOT NULL,
  	"measure" "enum_historic_figures_measure" NOT NULL,
  	"value" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "traffic_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "traffic_log_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "historic_figures_id" integer;
  CREATE UNIQUE INDEX "traffic_days_day_idx" ON "traffic_days" USING btree ("day");
  CREATE INDEX "traffic_days_updated_at_idx" ON "traffic_days" USING btree ("updated_at");
  CREATE INDEX "traffic_days_created_at_idx" ON "traffic_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "traffic_log_files_fingerprint_idx" ON "traffic_log_files" USING btree ("fingerprint");
  CREATE INDEX "traffic_log_files_updated_at_idx" ON "traffic_log_files" USING btree ("updated_at");
  CREATE INDEX "traffic_log_files_created_at_idx" ON "traffic_log_files" USING btree ("created_at");
  CREATE INDEX "historic_figures_updated_at_idx" ON "historic_figures" USING btree ("updated_at");
  CREATE INDEX "historic_figures_created_at_idx" ON "historic_figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "year_channel_measure_idx" ON "historic_figures" USING btree ("year","channel","measure");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_traffic_days_fk" FOREIGN KEY ("traffic_days_id") REFERENCES "public"."traffic_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_traffic_log_files_fk" FOREIGN KEY ("traffic_log_files_id") REFERENCES "public"."traffic_log_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_historic_figures_fk" FOREIGN KEY ("historic_figures_id") REFERENCES "public"."historic_figures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_traffic_days_id_idx" ON "payload_locked_documents_rels" USING btree ("traffic_days_id");
  CREATE INDEX "payload_locked_documents_rels_traffic_log_files_id_idx" ON "payload_locked_documents_rels" USING btree ("traffic_log_files_id");
  CREATE INDEX "payload_locked_documents_rels_historic_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("historic_figures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "traffic_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "traffic_log_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "historic_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "traffic_days" CASCADE;
  DROP TABLE "traffic_log_files" CASCADE;
  DROP TABLE "historic_figures" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_traffic_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_traffic_log_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_historic_figures_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_traffic_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_traffic_log_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_historic_figures_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "traffic_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "traffic_log_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "historic_figures_id";
  DROP TYPE "public"."enum_historic_figures_channel";
  DROP TYPE "public"."enum_historic_figures_measure";`)
}
