import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_publishes_via" AS ENUM('warm', 'warm-start', 'cold');
  ALTER TABLE "site_publishes" ADD COLUMN "via" "enum_site_publishes_via";
  ALTER TABLE "site_publishes" ADD COLUMN "steps" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_publishes" DROP COLUMN "via";
  ALTER TABLE "site_publishes" DROP COLUMN "steps";
  DROP TYPE "public"."enum_site_publishes_via";`)
}
