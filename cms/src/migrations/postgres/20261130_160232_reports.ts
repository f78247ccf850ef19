import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_contact_channel" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('new', 'accepted', 'in-progress', 'forwarded', 'resolved', 'rejected');
  CREATE TYPE "public"."enum_reports_source" AS ENUM('form', 'open311', 'office');
  CREATE TYPE "public"."enum_report_messages_kind" AS ENUM('note', 'reply', 'answer', 'status');
  CREATE TYPE "public"."enum_report_messages_status" AS ENUM('new', 'accepted', 'in-progress', 'forwarded', 'resolved', 'rejected');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'reports-handler';
  CREATE TABLE "report_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"team" varchar,
  	"urgent" boolean DEFAULT false,
  	"deadline_days" numeric DEFAULT 14 NOT NULL,
  	"open311_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_categories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"category_id" integer NOT NULL,
  	"description" varchar,
  	"area_id" integer,
  	"place" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"contact_channel" "enum_reports_contact_channel",
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"consent_version" varchar,
  	"status" "enum_reports_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"justification" varchar,
  	"reply" varchar,
  	"note" varchar,
  	"public" boolean DEFAULT false,
  	"public_place" varchar,
  	"public_description" varchar,
  	"source" "enum_reports_source" DEFAULT 'form',
  	"confirmed_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"first_response_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"erased_at" timestamp(3) with time zone,
  	"confirm_nonce" varchar,
  	"status_nonce" varchar,
  	"pending_until" timestamp(3) with time zone,
  	"code_attempts" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"report_photos_id" integer
  );
  
  CREATE TABLE "report_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"kind" "enum_report_messages_kind" DEFAULT 'note' NOT NULL,
  	"body" varchar,
  	"status" "enum_report_messages_status",
  	"author_id" integer,
  	"category_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "open311_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar,
  	"active" boolean DEFAULT true,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "deliveries" ALTER COLUMN "subscription_id" DROP NOT NULL;
  ALTER TABLE "deliveries" ADD COLUMN "report_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open311_keys_id" integer;
  ALTER TABLE "report_categories_rels" ADD CONSTRAINT "report_categories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."report_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_categories_rels" ADD CONSTRAINT "report_categories_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_category_id_report_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."report_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_report_photos_fk" FOREIGN KEY ("report_photos_id") REFERENCES "public"."report_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_category_id_report_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."report_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_photos" ADD CONSTRAINT "report_photos_category_id_report_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."report_categories"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "report_categories_open311_code_idx" ON "report_categories" USING btree ("open311_code");
  CREATE INDEX "report_categories_updated_at_idx" ON "report_categories" USING btree ("updated_at");
  CREATE INDEX "report_categories_created_at_idx" ON "report_categories" USING btree ("created_at");
  CREATE INDEX "report_categories_rels_order_idx" ON "report_categories_rels" USING btree ("order");
  CREATE INDEX "report_categories_rels_parent_idx" ON "report_categories_rels" USING btree ("parent_id");
  CREATE INDEX "report_categories_rels_path_idx" ON "report_categories_rels" USING btree ("path");
  CREATE INDEX "report_categories_rels_users_id_idx" ON "report_categories_rels" USING btree ("users_id");
  CREATE INDEX "reports_category_idx" ON "reports" USING btree ("category_id");
  CREATE INDEX "reports_area_idx" ON "reports" USING btree ("area_id");
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");
  CREATE INDEX "reports_public_idx" ON "reports" USING btree ("public");
  CREATE INDEX "reports_confirmed_at_idx" ON "reports" USING btree ("confirmed_at");
  CREATE INDEX "reports_due_at_idx" ON "reports" USING btree ("due_at");
  CREATE INDEX "reports_first_response_at_idx" ON "reports" USING btree ("first_response_at");
  CREATE INDEX "reports_closed_at_idx" ON "reports" USING btree ("closed_at");
  CREATE INDEX "reports_pending_until_idx" ON "reports" USING btree ("pending_until");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_report_photos_id_idx" ON "reports_rels" USING btree ("report_photos_id");
  CREATE INDEX "report_messages_report_idx" ON "report_messages" USING btree ("report_id");
  CREATE INDEX "report_messages_author_idx" ON "report_messages" USING btree ("author_id");
  CREATE INDEX "report_messages_category_idx" ON "report_messages" USING btree ("category_id");
  CREATE INDEX "report_messages_updated_at_idx" ON "report_messages" USING btree ("updated_at");
  CREATE INDEX "report_messages_created_at_idx" ON "report_messages" USING btree ("created_at");
  CREATE INDEX "report_photos_category_idx" ON "report_photos" USING btree ("category_id");
  CREATE INDEX "report_photos_updated_at_idx" ON "report_photos" USING btree ("updated_at");
  CREATE INDEX "report_photos_created_at_idx" ON "report_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_photos_filename_idx" ON "report_photos" USING btree ("filename");
  CREATE UNIQUE INDEX "open311_keys_key_idx" ON "open311_keys" USING btree ("key");
  CREATE INDEX "open311_keys_updated_at_idx" ON "open311_keys" USING btree ("updated_at");
  CREATE INDEX "open311_keys_created_at_idx" ON "open311_keys" USING btree ("created_at");
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_categories_fk" FOREIGN KEY ("report_categories_id") REFERENCES "public"."report_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_messages_fk" FOREIGN KEY ("report_messages_id") REFERENCES "public"."report_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_photos_fk" FOREIGN KEY ("report_photos_id") REFERENCES "public"."report_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open311_keys_fk" FOREIGN KEY ("open311_keys_id") REFERENCES "public"."open311_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliveries_report_idx" ON "deliveries" USING btree ("report_id");
  CREATE INDEX "payload_locked_documents_rels_report_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("report_categories_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_report_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("report_messages_id");
  CREATE INDEX "payload_locked_documents_rels_report_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("report_photos_id");
  CREATE INDEX "payload_locked_documents_rels_open311_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("open311_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_categories_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "open311_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_categories" CASCADE;
  DROP TABLE "report_categories_rels" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "report_messages" CASCADE;
  DROP TABLE "report_photos" CASCADE;
  DROP TABLE "open311_keys" CASCADE;
  ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_report_id_reports_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open311_keys_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'bip-editor');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "deliveries_report_idx";
  DROP INDEX "payload_locked_documents_rels_report_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_open311_keys_id_idx";
  ALTER TABLE "deliveries" ALTER COLUMN "subscription_id" SET NOT NULL;
  ALTER TABLE "deliveries" DROP COLUMN "report_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open311_keys_id";
  DROP TYPE "public"."enum_reports_contact_channel";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_reports_source";
  DROP TYPE "public"."enum_report_messages_kind";
  DROP TYPE "public"."enum_report_messages_status";`)
}
