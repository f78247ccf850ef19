import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Articles and events written before this migration do not notify anyone when next saved: the box is ticked
// only for new ones.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_deliveries_state" ADD VALUE 'held';
  ALTER TYPE "public"."enum_deliveries_state" ADD VALUE 'digested';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'digest-daily' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'digest-weekly' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'digest-daily' BEFORE 'import-traffic-logs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'digest-weekly' BEFORE 'import-traffic-logs';
  ALTER TABLE "articles" ADD COLUMN "notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "articles" ADD COLUMN "notified_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "_articles_v" ADD COLUMN "version_notified_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "notified_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_notify_subscribers" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_notified_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "digest" varchar;
  CREATE INDEX "deliveries_digest_idx" ON "deliveries" USING btree ("digest");
  UPDATE "articles" SET "notify_subscribers" = false;
  UPDATE "_articles_v" SET "version_notify_subscribers" = false;
  UPDATE "events" SET "notify_subscribers" = false;
  UPDATE "_events_v" SET "version_notify_subscribers" = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_deliveries_state";
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('queued', 'sending', 'sent', 'failed', 'cancelled');
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DEFAULT 'queued'::"public"."enum_deliveries_state";
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DATA TYPE "public"."enum_deliveries_state" USING "state"::"public"."enum_deliveries_state";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'plan-notification', 'send-deliveries', 'erase-subscriptions', 'import-traffic-logs', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'plan-notification', 'send-deliveries', 'erase-subscriptions', 'import-traffic-logs', 'publishSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "deliveries_digest_idx";
  ALTER TABLE "articles" DROP COLUMN "notify_subscribers";
  ALTER TABLE "articles" DROP COLUMN "notified_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_notify_subscribers";
  ALTER TABLE "_articles_v" DROP COLUMN "version_notified_at";
  ALTER TABLE "events" DROP COLUMN "notify_subscribers";
  ALTER TABLE "events" DROP COLUMN "notified_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_notify_subscribers";
  ALTER TABLE "_events_v" DROP COLUMN "version_notified_at";
  ALTER TABLE "deliveries" DROP COLUMN "digest";`)
}
