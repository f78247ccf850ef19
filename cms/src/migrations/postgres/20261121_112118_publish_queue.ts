import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_site_publishes_status" ADD VALUE 'queued' BEFORE 'running';
  ALTER TABLE "site_publishes" ADD COLUMN "scheduled_for" timestamp(3) with time zone;
  ALTER TABLE "site_publishes" ADD COLUMN "job" varchar;
  CREATE INDEX "site_publishes_job_idx" ON "site_publishes" USING btree ("job");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_publishes" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_site_publishes_status";
  CREATE TYPE "public"."enum_site_publishes_status" AS ENUM('running', 'succeeded', 'failed');
  ALTER TABLE "site_publishes" ALTER COLUMN "status" SET DATA TYPE "public"."enum_site_publishes_status" USING "status"::"public"."enum_site_publishes_status";
  DROP INDEX "site_publishes_job_idx";
  ALTER TABLE "site_publishes" DROP COLUMN "scheduled_for";
  ALTER TABLE "site_publishes" DROP COLUMN "job";`)
}
