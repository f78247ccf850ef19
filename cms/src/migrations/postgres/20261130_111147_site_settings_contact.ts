import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_departments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "site_settings_quick_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "address_map_url" varchar;
  ALTER TABLE "site_settings_departments" ADD CONSTRAINT "site_settings_departments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_quick_links" ADD CONSTRAINT "site_settings_quick_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_departments_order_idx" ON "site_settings_departments" USING btree ("_order");
  CREATE INDEX "site_settings_departments_parent_id_idx" ON "site_settings_departments" USING btree ("_parent_id");
  CREATE INDEX "site_settings_quick_links_order_idx" ON "site_settings_quick_links" USING btree ("_order");
  CREATE INDEX "site_settings_quick_links_parent_id_idx" ON "site_settings_quick_links" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_departments" CASCADE;
  DROP TABLE "site_settings_quick_links" CASCADE;
  ALTER TABLE "site_settings" DROP COLUMN "address_map_url";`)
}
