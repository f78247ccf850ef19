import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { backfillFileUsage } from '@ratusz/payload-plugin'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "media_public_usage" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"owner" varchar
  );
  
  CREATE TABLE "documents_public_usage" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"owner" varchar
  );
  
  ALTER TABLE "media" ADD COLUMN "public_by_hand" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "public_by_hand" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media_public_usage" ADD CONSTRAINT "media_public_usage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_public_usage" ADD CONSTRAINT "documents_public_usage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_public_usage_order_idx" ON "media_public_usage" USING btree ("_order");
  CREATE INDEX "media_public_usage_parent_id_idx" ON "media_public_usage" USING btree ("_parent_id");
  CREATE INDEX "media_public_usage_owner_idx" ON "media_public_usage" USING btree ("owner");
  CREATE INDEX "documents_public_usage_order_idx" ON "documents_public_usage" USING btree ("_order");
  CREATE INDEX "documents_public_usage_parent_id_idx" ON "documents_public_usage" USING btree ("_parent_id");
  CREATE INDEX "documents_public_usage_owner_idx" ON "documents_public_usage" USING btree ("owner");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "documents_public_idx" ON "documents" USING btree ("public");`)
  // Files that published content already uses stay public (file publicity starts with every file private).
  await backfillFileUsage(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_public_usage" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_public_usage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_public_usage" CASCADE;
  DROP TABLE "documents_public_usage" CASCADE;
  DROP INDEX "media_public_idx";
  DROP INDEX "documents_public_idx";
  ALTER TABLE "media" DROP COLUMN "public_by_hand";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "documents" DROP COLUMN "public_by_hand";
  ALTER TABLE "documents" DROP COLUMN "public";`)
}
