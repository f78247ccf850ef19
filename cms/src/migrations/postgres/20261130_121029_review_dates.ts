import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "bip_documents" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "_bip_documents_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "site_settings" ADD COLUMN "review_articles" numeric DEFAULT 12;
  ALTER TABLE "site_settings" ADD COLUMN "review_bip_documents" numeric DEFAULT 12;
  CREATE INDEX "articles_review_by_idx" ON "articles" USING btree ("review_by");
  CREATE INDEX "_articles_v_version_version_review_by_idx" ON "_articles_v" USING btree ("version_review_by");
  CREATE INDEX "bip_documents_review_by_idx" ON "bip_documents" USING btree ("review_by");
  CREATE INDEX "_bip_documents_v_version_version_review_by_idx" ON "_bip_documents_v" USING btree ("version_review_by");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_review_by_idx";
  DROP INDEX "_articles_v_version_version_review_by_idx";
  DROP INDEX "bip_documents_review_by_idx";
  DROP INDEX "_bip_documents_v_version_version_review_by_idx";
  ALTER TABLE "articles" DROP COLUMN "review_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_by";
  ALTER TABLE "bip_documents" DROP COLUMN "review_by";
  ALTER TABLE "_bip_documents_v" DROP COLUMN "version_review_by";
  ALTER TABLE "site_settings" DROP COLUMN "review_articles";
  ALTER TABLE "site_settings" DROP COLUMN "review_bip_documents";`)
}
