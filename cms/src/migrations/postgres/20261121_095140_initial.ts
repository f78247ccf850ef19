import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'bip-editor');
  CREATE TYPE "public"."enum_areas_kind" AS ENUM('solectwo', 'osiedle', 'grupa');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_events_recurrence_frequency" AS ENUM('daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum_events_organiser_kind" AS ENUM('gmina', 'area', 'organisation');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('planned', 'cancelled', 'postponed');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum__events_v_version_recurrence_frequency" AS ENUM('daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum__events_v_version_organiser_kind" AS ENUM('gmina', 'area', 'organisation');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bip_categories_menu" AS ENUM('podmiotowe', 'przedmiotowe');
  CREATE TYPE "public"."enum_bip_documents_kind" AS ENUM('dokument', 'przetarg', 'nabor');
  CREATE TYPE "public"."enum_bip_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bip_documents_v_version_kind" AS ENUM('dokument', 'przetarg', 'nabor');
  CREATE TYPE "public"."enum__bip_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bip_changes_action" AS ENUM('publikacja', 'zmiana', 'wycofanie');
  CREATE TYPE "public"."enum_alerts_kind" AS ENUM('pogoda', 'powodz', 'zagrozenie', 'woda', 'prad', 'drogi', 'komunikat', 'wydarzenie');
  CREATE TYPE "public"."enum_alerts_severity" AS ENUM('informacja', 'ostrzezenie', 'alarm');
  CREATE TYPE "public"."enum_alerts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__alerts_v_version_kind" AS ENUM('pogoda', 'powodz', 'zagrozenie', 'woda', 'prad', 'drogi', 'komunikat', 'wydarzenie');
  CREATE TYPE "public"."enum__alerts_v_version_severity" AS ENUM('informacja', 'ostrzezenie', 'alarm');
  CREATE TYPE "public"."enum__alerts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_periodicals_frequency" AS ENUM('weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly', 'semiannual', 'annual', 'irregular');
  CREATE TYPE "public"."enum_periodicals_cover_style" AS ENUM('green', 'blue', 'red', 'grey');
  CREATE TYPE "public"."enum_newsletter_issues_kind" AS ENUM('regular', 'supplement');
  CREATE TYPE "public"."enum_newsletter_issues_processing_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_newsletter_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__newsletter_issues_v_version_kind" AS ENUM('regular', 'supplement');
  CREATE TYPE "public"."enum__newsletter_issues_v_version_processing_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum__newsletter_issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_site_publishes_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'publishSite', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'processNewsletterPdf', 'publishSite', 'schedulePublish');
  CREATE TYPE "public"."enum_accessibility_statement_unavailable_content_reason" AS ENUM('niezgodnosc', 'wylaczenie', 'nadmierne-obciazenie');
  CREATE TYPE "public"."enum_accessibility_statement_status" AS ENUM('zgodna', 'czesciowo-zgodna', 'niezgodna');
  CREATE TYPE "public"."enum_accessibility_statement_preparation_method" AS ENUM('samoocena', 'zewnetrzny');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"decorative" boolean DEFAULT false,
  	"caption" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
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
  
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_areas_kind" DEFAULT 'solectwo' NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"cover_id" integer,
  	"featured" boolean DEFAULT false,
  	"author" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"areas_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_cover_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_author" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"areas_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "events_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"image_id" integer,
  	"all_day" boolean DEFAULT false,
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone,
  	"recurrence_frequency" "enum_events_recurrence_frequency",
  	"recurrence_interval" numeric DEFAULT 1,
  	"recurrence_until" timestamp(3) with time zone,
  	"recurrence_count" numeric,
  	"recurrence_rule" varchar,
  	"place_name" varchar,
  	"place_address" varchar,
  	"place_latitude" numeric,
  	"place_longitude" numeric,
  	"organiser_kind" "enum_events_organiser_kind" DEFAULT 'gmina',
  	"organiser_area_id" integer,
  	"organiser_name" varchar,
  	"organiser_phone" varchar,
  	"organiser_email" varchar,
  	"organiser_website" varchar,
  	"price_free" boolean DEFAULT true,
  	"price_amount" varchar,
  	"registration_url" varchar,
  	"registration_deadline" timestamp(3) with time zone,
  	"status" "enum_events_event_status" DEFAULT 'planned',
  	"status_note" varchar,
  	"sequence" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"areas_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_events_v_version_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_image_id" integer,
  	"version_all_day" boolean DEFAULT false,
  	"version_start" timestamp(3) with time zone,
  	"version_end" timestamp(3) with time zone,
  	"version_recurrence_frequency" "enum__events_v_version_recurrence_frequency",
  	"version_recurrence_interval" numeric DEFAULT 1,
  	"version_recurrence_until" timestamp(3) with time zone,
  	"version_recurrence_count" numeric,
  	"version_recurrence_rule" varchar,
  	"version_place_name" varchar,
  	"version_place_address" varchar,
  	"version_place_latitude" numeric,
  	"version_place_longitude" numeric,
  	"version_organiser_kind" "enum__events_v_version_organiser_kind" DEFAULT 'gmina',
  	"version_organiser_area_id" integer,
  	"version_organiser_name" varchar,
  	"version_organiser_phone" varchar,
  	"version_organiser_email" varchar,
  	"version_organiser_website" varchar,
  	"version_price_free" boolean DEFAULT true,
  	"version_price_amount" varchar,
  	"version_registration_url" varchar,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_status" "enum_events_event_status" DEFAULT 'planned',
  	"version_status_note" varchar,
  	"version_sequence" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"areas_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "bip_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"menu" "enum_bip_categories_menu" DEFAULT 'przedmiotowe' NOT NULL,
  	"parent_id" integer,
  	"order" numeric DEFAULT 100 NOT NULL,
  	"about" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bip_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"is_public" boolean DEFAULT true,
  	"released" boolean DEFAULT false,
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
  
  CREATE TABLE "bip_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"permanent_id" varchar,
  	"category_id" integer,
  	"kind" "enum_bip_documents_kind" DEFAULT 'dokument',
  	"deadline" timestamp(3) with time zone,
  	"body" jsonb,
  	"publisher" varchar,
  	"produced_by" varchar,
  	"produced_at" timestamp(3) with time zone,
  	"exclusion_scope" varchar,
  	"exclusion_legal_basis" varchar,
  	"exclusion_decided_by" varchar,
  	"withdrawal_withdrawn" boolean DEFAULT false,
  	"withdrawal_reason" varchar,
  	"withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"change_note" varchar,
  	"entered_by" varchar,
  	"published_at" timestamp(3) with time zone,
  	"modified_by" varchar,
  	"modified_at" timestamp(3) with time zone,
  	"version" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bip_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bip_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bip_files_id" integer
  );
  
  CREATE TABLE "_bip_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_permanent_id" varchar,
  	"version_category_id" integer,
  	"version_kind" "enum__bip_documents_v_version_kind" DEFAULT 'dokument',
  	"version_deadline" timestamp(3) with time zone,
  	"version_body" jsonb,
  	"version_publisher" varchar,
  	"version_produced_by" varchar,
  	"version_produced_at" timestamp(3) with time zone,
  	"version_exclusion_scope" varchar,
  	"version_exclusion_legal_basis" varchar,
  	"version_exclusion_decided_by" varchar,
  	"version_withdrawal_withdrawn" boolean DEFAULT false,
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"version_change_note" varchar,
  	"version_entered_by" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_modified_by" varchar,
  	"version_modified_at" timestamp(3) with time zone,
  	"version_version" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bip_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_bip_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"bip_files_id" integer
  );
  
  CREATE TABLE "bip_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"permanent_id" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"version" numeric NOT NULL,
  	"action" "enum_bip_changes_action" NOT NULL,
  	"note" varchar NOT NULL,
  	"changed_by" varchar NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"snapshot" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_alerts_kind",
  	"severity" "enum_alerts_severity" DEFAULT 'informacja',
  	"short_text" varchar,
  	"body" jsonb,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"long_alarm_confirmed" boolean DEFAULT false,
  	"source" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_alerts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "_alerts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__alerts_v_version_kind",
  	"version_severity" "enum__alerts_v_version_severity" DEFAULT 'informacja',
  	"version_short_text" varchar,
  	"version_body" jsonb,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_long_alarm_confirmed" boolean DEFAULT false,
  	"version_source" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__alerts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_alerts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "periodicals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"publisher" varchar NOT NULL,
  	"frequency" "enum_periodicals_frequency" DEFAULT 'monthly' NOT NULL,
  	"issn" varchar,
  	"print_run" numeric,
  	"cover_style" "enum_periodicals_cover_style" DEFAULT 'green' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_issues_contents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"page" numeric
  );
  
  CREATE TABLE "newsletter_issues_processing_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"message" varchar
  );
  
  CREATE TABLE "newsletter_issues_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"page" numeric,
  	"text" varchar
  );
  
  CREATE TABLE "newsletter_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"periodical_id" integer,
  	"number" varchar,
  	"published_on" timestamp(3) with time zone,
  	"year" numeric,
  	"url_segment" varchar,
  	"kind" "enum_newsletter_issues_kind" DEFAULT 'regular',
  	"subject" varchar,
  	"parent_issue_id" integer,
  	"cover_id" integer,
  	"print_run" numeric,
  	"processing_status" "enum_newsletter_issues_processing_status" DEFAULT 'queued',
  	"processing_error" varchar,
  	"processing_processed_at" timestamp(3) with time zone,
  	"page_count" numeric,
  	"pdf_title" varchar,
  	"pdf_language" varchar,
  	"generated_cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_newsletter_issues_status" DEFAULT 'draft',
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
  
  CREATE TABLE "_newsletter_issues_v_version_contents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"page" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_newsletter_issues_v_version_processing_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"message" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_newsletter_issues_v_version_pages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"page" numeric,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_newsletter_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_periodical_id" integer,
  	"version_number" varchar,
  	"version_published_on" timestamp(3) with time zone,
  	"version_year" numeric,
  	"version_url_segment" varchar,
  	"version_kind" "enum__newsletter_issues_v_version_kind" DEFAULT 'regular',
  	"version_subject" varchar,
  	"version_parent_issue_id" integer,
  	"version_cover_id" integer,
  	"version_print_run" numeric,
  	"version_processing_status" "enum__newsletter_issues_v_version_processing_status" DEFAULT 'queued',
  	"version_processing_error" varchar,
  	"version_processing_processed_at" timestamp(3) with time zone,
  	"version_page_count" numeric,
  	"version_pdf_title" varchar,
  	"version_pdf_language" varchar,
  	"version_generated_cover_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__newsletter_issues_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "site_publishes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_publishes_status" NOT NULL,
  	"reason" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_seconds" numeric,
  	"pages" numeric,
  	"release_id" varchar,
  	"error" varchar,
  	"error_detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"areas_id" integer,
  	"categories_id" integer,
  	"articles_id" integer,
  	"events_id" integer,
  	"bip_categories_id" integer,
  	"bip_files_id" integer,
  	"bip_documents_id" integer,
  	"bip_changes_id" integer,
  	"alerts_id" integer,
  	"periodicals_id" integer,
  	"newsletter_issues_id" integer,
  	"site_publishes_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_office_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"days" varchar NOT NULL,
  	"hours" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"gmina_name" varchar NOT NULL,
  	"office_name" varchar NOT NULL,
  	"coat_of_arms_id" integer,
  	"address_street" varchar NOT NULL,
  	"address_postal_code" varchar NOT NULL,
  	"address_city" varchar NOT NULL,
  	"contacts_phone" varchar NOT NULL,
  	"contacts_email" varchar NOT NULL,
  	"contacts_fax" varchar,
  	"e_services_eboi" varchar,
  	"e_services_epuap" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "accessibility_statement_unavailable_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"reason" "enum_accessibility_statement_unavailable_content_reason" NOT NULL,
  	"explanation" varchar
  );
  
  CREATE TABLE "accessibility_statement_mobile_apps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "accessibility_statement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity_name" varchar NOT NULL,
  	"published_on" timestamp(3) with time zone NOT NULL,
  	"updated_on" timestamp(3) with time zone NOT NULL,
  	"status" "enum_accessibility_statement_status" NOT NULL,
  	"prepared_on" timestamp(3) with time zone NOT NULL,
  	"reviewed_on" timestamp(3) with time zone,
  	"preparation_method" "enum_accessibility_statement_preparation_method" DEFAULT 'samoocena' NOT NULL,
  	"assessor" varchar,
  	"assessment_url" varchar,
  	"contact_person" varchar NOT NULL,
  	"contact_email" varchar NOT NULL,
  	"contact_phone" varchar NOT NULL,
  	"procedure" varchar DEFAULT 'Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można też zażądać udostępnienia informacji w alternatywny sposób, np. przez odczytanie niedostępnego dokumentu lub opisanie zawartości filmu bez audiodeskrypcji. Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie strony lub jej elementu oraz sposób kontaktu; jeśli potrzebny jest alternatywny sposób dostępu, także dogodny sposób przedstawienia informacji.
  
  Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni. Jeśli dotrzymanie tego terminu nie jest możliwe, informujemy o tym i podajemy nowy termin, nie dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeśli zapewnienie dostępności cyfrowej nie jest możliwe, możemy zaproponować alternatywny sposób dostępu do informacji.
  
  Gdy odmówimy realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, można złożyć skargę w sprawie zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich.' NOT NULL,
  	"architectural_accessibility" varchar NOT NULL,
  	"communication_accessibility" varchar NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "bip_settings_editors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar,
  	"phone" varchar NOT NULL,
  	"email" varchar NOT NULL
  );
  
  CREATE TABLE "bip_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"publisher" varchar NOT NULL,
  	"editorial_address" varchar NOT NULL,
  	"instructions" jsonb NOT NULL,
  	"not_published" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_recurrence_weekdays" ADD CONSTRAINT "events_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_recurrence_exceptions" ADD CONSTRAINT "events_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_organiser_area_id_areas_id_fk" FOREIGN KEY ("organiser_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_weekdays" ADD CONSTRAINT "_events_v_version_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_exceptions" ADD CONSTRAINT "_events_v_version_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_organiser_area_id_areas_id_fk" FOREIGN KEY ("version_organiser_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_categories" ADD CONSTRAINT "bip_categories_parent_id_bip_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bip_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bip_documents" ADD CONSTRAINT "bip_documents_category_id_bip_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."bip_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bip_documents_rels" ADD CONSTRAINT "bip_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bip_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_documents_rels" ADD CONSTRAINT "bip_documents_rels_bip_files_fk" FOREIGN KEY ("bip_files_id") REFERENCES "public"."bip_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bip_documents_v" ADD CONSTRAINT "_bip_documents_v_parent_id_bip_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bip_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bip_documents_v" ADD CONSTRAINT "_bip_documents_v_version_category_id_bip_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."bip_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bip_documents_v_rels" ADD CONSTRAINT "_bip_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bip_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bip_documents_v_rels" ADD CONSTRAINT "_bip_documents_v_rels_bip_files_fk" FOREIGN KEY ("bip_files_id") REFERENCES "public"."bip_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_changes" ADD CONSTRAINT "bip_changes_document_id_bip_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."bip_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v" ADD CONSTRAINT "_alerts_v_parent_id_alerts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alerts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_alerts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_issues_contents" ADD CONSTRAINT "newsletter_issues_contents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_issues_processing_warnings" ADD CONSTRAINT "newsletter_issues_processing_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_issues_pages" ADD CONSTRAINT "newsletter_issues_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_periodical_id_periodicals_id_fk" FOREIGN KEY ("periodical_id") REFERENCES "public"."periodicals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_parent_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("parent_issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_generated_cover_id_media_id_fk" FOREIGN KEY ("generated_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v_version_contents" ADD CONSTRAINT "_newsletter_issues_v_version_contents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_newsletter_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v_version_processing_warnings" ADD CONSTRAINT "_newsletter_issues_v_version_processing_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_newsletter_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v_version_pages" ADD CONSTRAINT "_newsletter_issues_v_version_pages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_newsletter_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v" ADD CONSTRAINT "_newsletter_issues_v_parent_id_newsletter_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v" ADD CONSTRAINT "_newsletter_issues_v_version_periodical_id_periodicals_id_fk" FOREIGN KEY ("version_periodical_id") REFERENCES "public"."periodicals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v" ADD CONSTRAINT "_newsletter_issues_v_version_parent_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("version_parent_issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v" ADD CONSTRAINT "_newsletter_issues_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_newsletter_issues_v" ADD CONSTRAINT "_newsletter_issues_v_version_generated_cover_id_media_id_fk" FOREIGN KEY ("version_generated_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_categories_fk" FOREIGN KEY ("bip_categories_id") REFERENCES "public"."bip_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_files_fk" FOREIGN KEY ("bip_files_id") REFERENCES "public"."bip_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_documents_fk" FOREIGN KEY ("bip_documents_id") REFERENCES "public"."bip_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bip_changes_fk" FOREIGN KEY ("bip_changes_id") REFERENCES "public"."bip_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_periodicals_fk" FOREIGN KEY ("periodicals_id") REFERENCES "public"."periodicals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk" FOREIGN KEY ("newsletter_issues_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_publishes_fk" FOREIGN KEY ("site_publishes_id") REFERENCES "public"."site_publishes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_office_hours" ADD CONSTRAINT "site_settings_office_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social" ADD CONSTRAINT "site_settings_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_coat_of_arms_id_media_id_fk" FOREIGN KEY ("coat_of_arms_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accessibility_statement_unavailable_content" ADD CONSTRAINT "accessibility_statement_unavailable_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "accessibility_statement_mobile_apps" ADD CONSTRAINT "accessibility_statement_mobile_apps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."accessibility_statement"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bip_settings_editors" ADD CONSTRAINT "bip_settings_editors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bip_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "areas_slug_idx" ON "areas" USING btree ("slug");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_categories_id_idx" ON "articles_rels" USING btree ("categories_id");
  CREATE INDEX "articles_rels_areas_id_idx" ON "articles_rels" USING btree ("areas_id");
  CREATE INDEX "articles_rels_documents_id_idx" ON "articles_rels" USING btree ("documents_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_categories_id_idx" ON "_articles_v_rels" USING btree ("categories_id");
  CREATE INDEX "_articles_v_rels_areas_id_idx" ON "_articles_v_rels" USING btree ("areas_id");
  CREATE INDEX "_articles_v_rels_documents_id_idx" ON "_articles_v_rels" USING btree ("documents_id");
  CREATE INDEX "events_recurrence_weekdays_order_idx" ON "events_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "events_recurrence_weekdays_parent_idx" ON "events_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "events_recurrence_exceptions_order_idx" ON "events_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "events_recurrence_exceptions_parent_id_idx" ON "events_recurrence_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE INDEX "events_start_idx" ON "events" USING btree ("start");
  CREATE INDEX "events_end_idx" ON "events" USING btree ("end");
  CREATE INDEX "events_organiser_organiser_area_idx" ON "events" USING btree ("organiser_area_id");
  CREATE INDEX "events_status_idx" ON "events" USING btree ("status");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_categories_id_idx" ON "events_rels" USING btree ("categories_id");
  CREATE INDEX "events_rels_areas_id_idx" ON "events_rels" USING btree ("areas_id");
  CREATE INDEX "events_rels_documents_id_idx" ON "events_rels" USING btree ("documents_id");
  CREATE INDEX "_events_v_version_recurrence_weekdays_order_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "_events_v_version_recurrence_weekdays_parent_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_recurrence_exceptions_order_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_exceptions_parent_id_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "_events_v_version_version_start_idx" ON "_events_v" USING btree ("version_start");
  CREATE INDEX "_events_v_version_version_end_idx" ON "_events_v" USING btree ("version_end");
  CREATE INDEX "_events_v_version_organiser_version_organiser_area_idx" ON "_events_v" USING btree ("version_organiser_area_id");
  CREATE INDEX "_events_v_version_version_status_idx" ON "_events_v" USING btree ("version_status");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_categories_id_idx" ON "_events_v_rels" USING btree ("categories_id");
  CREATE INDEX "_events_v_rels_areas_id_idx" ON "_events_v_rels" USING btree ("areas_id");
  CREATE INDEX "_events_v_rels_documents_id_idx" ON "_events_v_rels" USING btree ("documents_id");
  CREATE UNIQUE INDEX "bip_categories_slug_idx" ON "bip_categories" USING btree ("slug");
  CREATE INDEX "bip_categories_parent_idx" ON "bip_categories" USING btree ("parent_id");
  CREATE INDEX "bip_categories_updated_at_idx" ON "bip_categories" USING btree ("updated_at");
  CREATE INDEX "bip_categories_created_at_idx" ON "bip_categories" USING btree ("created_at");
  CREATE INDEX "bip_files_is_public_idx" ON "bip_files" USING btree ("is_public");
  CREATE INDEX "bip_files_released_idx" ON "bip_files" USING btree ("released");
  CREATE INDEX "bip_files_updated_at_idx" ON "bip_files" USING btree ("updated_at");
  CREATE INDEX "bip_files_created_at_idx" ON "bip_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "bip_files_filename_idx" ON "bip_files" USING btree ("filename");
  CREATE UNIQUE INDEX "bip_documents_permanent_id_idx" ON "bip_documents" USING btree ("permanent_id");
  CREATE INDEX "bip_documents_category_idx" ON "bip_documents" USING btree ("category_id");
  CREATE INDEX "bip_documents_deadline_idx" ON "bip_documents" USING btree ("deadline");
  CREATE INDEX "bip_documents_updated_at_idx" ON "bip_documents" USING btree ("updated_at");
  CREATE INDEX "bip_documents_created_at_idx" ON "bip_documents" USING btree ("created_at");
  CREATE INDEX "bip_documents__status_idx" ON "bip_documents" USING btree ("_status");
  CREATE INDEX "bip_documents_rels_order_idx" ON "bip_documents_rels" USING btree ("order");
  CREATE INDEX "bip_documents_rels_parent_idx" ON "bip_documents_rels" USING btree ("parent_id");
  CREATE INDEX "bip_documents_rels_path_idx" ON "bip_documents_rels" USING btree ("path");
  CREATE INDEX "bip_documents_rels_bip_files_id_idx" ON "bip_documents_rels" USING btree ("bip_files_id");
  CREATE INDEX "_bip_documents_v_parent_idx" ON "_bip_documents_v" USING btree ("parent_id");
  CREATE INDEX "_bip_documents_v_version_version_permanent_id_idx" ON "_bip_documents_v" USING btree ("version_permanent_id");
  CREATE INDEX "_bip_documents_v_version_version_category_idx" ON "_bip_documents_v" USING btree ("version_category_id");
  CREATE INDEX "_bip_documents_v_version_version_deadline_idx" ON "_bip_documents_v" USING btree ("version_deadline");
  CREATE INDEX "_bip_documents_v_version_version_updated_at_idx" ON "_bip_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_bip_documents_v_version_version_created_at_idx" ON "_bip_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_bip_documents_v_version_version__status_idx" ON "_bip_documents_v" USING btree ("version__status");
  CREATE INDEX "_bip_documents_v_created_at_idx" ON "_bip_documents_v" USING btree ("created_at");
  CREATE INDEX "_bip_documents_v_updated_at_idx" ON "_bip_documents_v" USING btree ("updated_at");
  CREATE INDEX "_bip_documents_v_latest_idx" ON "_bip_documents_v" USING btree ("latest");
  CREATE INDEX "_bip_documents_v_rels_order_idx" ON "_bip_documents_v_rels" USING btree ("order");
  CREATE INDEX "_bip_documents_v_rels_parent_idx" ON "_bip_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bip_documents_v_rels_path_idx" ON "_bip_documents_v_rels" USING btree ("path");
  CREATE INDEX "_bip_documents_v_rels_bip_files_id_idx" ON "_bip_documents_v_rels" USING btree ("bip_files_id");
  CREATE INDEX "bip_changes_document_idx" ON "bip_changes" USING btree ("document_id");
  CREATE INDEX "bip_changes_permanent_id_idx" ON "bip_changes" USING btree ("permanent_id");
  CREATE INDEX "bip_changes_changed_at_idx" ON "bip_changes" USING btree ("changed_at");
  CREATE INDEX "bip_changes_updated_at_idx" ON "bip_changes" USING btree ("updated_at");
  CREATE INDEX "bip_changes_created_at_idx" ON "bip_changes" USING btree ("created_at");
  CREATE UNIQUE INDEX "alerts_slug_idx" ON "alerts" USING btree ("slug");
  CREATE INDEX "alerts_severity_idx" ON "alerts" USING btree ("severity");
  CREATE INDEX "alerts_valid_from_idx" ON "alerts" USING btree ("valid_from");
  CREATE INDEX "alerts_valid_until_idx" ON "alerts" USING btree ("valid_until");
  CREATE INDEX "alerts_published_at_idx" ON "alerts" USING btree ("published_at");
  CREATE INDEX "alerts_updated_at_idx" ON "alerts" USING btree ("updated_at");
  CREATE INDEX "alerts_created_at_idx" ON "alerts" USING btree ("created_at");
  CREATE INDEX "alerts__status_idx" ON "alerts" USING btree ("_status");
  CREATE INDEX "alerts_rels_order_idx" ON "alerts_rels" USING btree ("order");
  CREATE INDEX "alerts_rels_parent_idx" ON "alerts_rels" USING btree ("parent_id");
  CREATE INDEX "alerts_rels_path_idx" ON "alerts_rels" USING btree ("path");
  CREATE INDEX "alerts_rels_documents_id_idx" ON "alerts_rels" USING btree ("documents_id");
  CREATE INDEX "alerts_rels_areas_id_idx" ON "alerts_rels" USING btree ("areas_id");
  CREATE INDEX "_alerts_v_parent_idx" ON "_alerts_v" USING btree ("parent_id");
  CREATE INDEX "_alerts_v_version_version_slug_idx" ON "_alerts_v" USING btree ("version_slug");
  CREATE INDEX "_alerts_v_version_version_severity_idx" ON "_alerts_v" USING btree ("version_severity");
  CREATE INDEX "_alerts_v_version_version_valid_from_idx" ON "_alerts_v" USING btree ("version_valid_from");
  CREATE INDEX "_alerts_v_version_version_valid_until_idx" ON "_alerts_v" USING btree ("version_valid_until");
  CREATE INDEX "_alerts_v_version_version_published_at_idx" ON "_alerts_v" USING btree ("version_published_at");
  CREATE INDEX "_alerts_v_version_version_updated_at_idx" ON "_alerts_v" USING btree ("version_updated_at");
  CREATE INDEX "_alerts_v_version_version_created_at_idx" ON "_alerts_v" USING btree ("version_created_at");
  CREATE INDEX "_alerts_v_version_version__status_idx" ON "_alerts_v" USING btree ("version__status");
  CREATE INDEX "_alerts_v_created_at_idx" ON "_alerts_v" USING btree ("created_at");
  CREATE INDEX "_alerts_v_updated_at_idx" ON "_alerts_v" USING btree ("updated_at");
  CREATE INDEX "_alerts_v_latest_idx" ON "_alerts_v" USING btree ("latest");
  CREATE INDEX "_alerts_v_rels_order_idx" ON "_alerts_v_rels" USING btree ("order");
  CREATE INDEX "_alerts_v_rels_parent_idx" ON "_alerts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_alerts_v_rels_path_idx" ON "_alerts_v_rels" USING btree ("path");
  CREATE INDEX "_alerts_v_rels_documents_id_idx" ON "_alerts_v_rels" USING btree ("documents_id");
  CREATE INDEX "_alerts_v_rels_areas_id_idx" ON "_alerts_v_rels" USING btree ("areas_id");
  CREATE UNIQUE INDEX "periodicals_slug_idx" ON "periodicals" USING btree ("slug");
  CREATE INDEX "periodicals_updated_at_idx" ON "periodicals" USING btree ("updated_at");
  CREATE INDEX "periodicals_created_at_idx" ON "periodicals" USING btree ("created_at");
  CREATE INDEX "newsletter_issues_contents_order_idx" ON "newsletter_issues_contents" USING btree ("_order");
  CREATE INDEX "newsletter_issues_contents_parent_id_idx" ON "newsletter_issues_contents" USING btree ("_parent_id");
  CREATE INDEX "newsletter_issues_processing_warnings_order_idx" ON "newsletter_issues_processing_warnings" USING btree ("_order");
  CREATE INDEX "newsletter_issues_processing_warnings_parent_id_idx" ON "newsletter_issues_processing_warnings" USING btree ("_parent_id");
  CREATE INDEX "newsletter_issues_pages_order_idx" ON "newsletter_issues_pages" USING btree ("_order");
  CREATE INDEX "newsletter_issues_pages_parent_id_idx" ON "newsletter_issues_pages" USING btree ("_parent_id");
  CREATE INDEX "newsletter_issues_periodical_idx" ON "newsletter_issues" USING btree ("periodical_id");
  CREATE INDEX "newsletter_issues_published_on_idx" ON "newsletter_issues" USING btree ("published_on");
  CREATE INDEX "newsletter_issues_url_segment_idx" ON "newsletter_issues" USING btree ("url_segment");
  CREATE INDEX "newsletter_issues_parent_issue_idx" ON "newsletter_issues" USING btree ("parent_issue_id");
  CREATE INDEX "newsletter_issues_cover_idx" ON "newsletter_issues" USING btree ("cover_id");
  CREATE INDEX "newsletter_issues_generated_cover_idx" ON "newsletter_issues" USING btree ("generated_cover_id");
  CREATE INDEX "newsletter_issues_updated_at_idx" ON "newsletter_issues" USING btree ("updated_at");
  CREATE INDEX "newsletter_issues_created_at_idx" ON "newsletter_issues" USING btree ("created_at");
  CREATE INDEX "newsletter_issues__status_idx" ON "newsletter_issues" USING btree ("_status");
  CREATE UNIQUE INDEX "newsletter_issues_filename_idx" ON "newsletter_issues" USING btree ("filename");
  CREATE INDEX "_newsletter_issues_v_version_contents_order_idx" ON "_newsletter_issues_v_version_contents" USING btree ("_order");
  CREATE INDEX "_newsletter_issues_v_version_contents_parent_id_idx" ON "_newsletter_issues_v_version_contents" USING btree ("_parent_id");
  CREATE INDEX "_newsletter_issues_v_version_processing_warnings_order_idx" ON "_newsletter_issues_v_version_processing_warnings" USING btree ("_order");
  CREATE INDEX "_newsletter_issues_v_version_processing_warnings_parent_id_idx" ON "_newsletter_issues_v_version_processing_warnings" USING btree ("_parent_id");
  CREATE INDEX "_newsletter_issues_v_version_pages_order_idx" ON "_newsletter_issues_v_version_pages" USING btree ("_order");
  CREATE INDEX "_newsletter_issues_v_version_pages_parent_id_idx" ON "_newsletter_issues_v_version_pages" USING btree ("_parent_id");
  CREATE INDEX "_newsletter_issues_v_parent_idx" ON "_newsletter_issues_v" USING btree ("parent_id");
  CREATE INDEX "_newsletter_issues_v_version_version_periodical_idx" ON "_newsletter_issues_v" USING btree ("version_periodical_id");
  CREATE INDEX "_newsletter_issues_v_version_version_published_on_idx" ON "_newsletter_issues_v" USING btree ("version_published_on");
  CREATE INDEX "_newsletter_issues_v_version_version_url_segment_idx" ON "_newsletter_issues_v" USING btree ("version_url_segment");
  CREATE INDEX "_newsletter_issues_v_version_version_parent_issue_idx" ON "_newsletter_issues_v" USING btree ("version_parent_issue_id");
  CREATE INDEX "_newsletter_issues_v_version_version_cover_idx" ON "_newsletter_issues_v" USING btree ("version_cover_id");
  CREATE INDEX "_newsletter_issues_v_version_version_generated_cover_idx" ON "_newsletter_issues_v" USING btree ("version_generated_cover_id");
  CREATE INDEX "_newsletter_issues_v_version_version_updated_at_idx" ON "_newsletter_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_newsletter_issues_v_version_version_created_at_idx" ON "_newsletter_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_newsletter_issues_v_version_version__status_idx" ON "_newsletter_issues_v" USING btree ("version__status");
  CREATE INDEX "_newsletter_issues_v_version_version_filename_idx" ON "_newsletter_issues_v" USING btree ("version_filename");
  CREATE INDEX "_newsletter_issues_v_created_at_idx" ON "_newsletter_issues_v" USING btree ("created_at");
  CREATE INDEX "_newsletter_issues_v_updated_at_idx" ON "_newsletter_issues_v" USING btree ("updated_at");
  CREATE INDEX "_newsletter_issues_v_latest_idx" ON "_newsletter_issues_v" USING btree ("latest");
  CREATE INDEX "site_publishes_updated_at_idx" ON "site_publishes" USING btree ("updated_at");
  CREATE INDEX "site_publishes_created_at_idx" ON "site_publishes" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_bip_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_categories_id");
  CREATE INDEX "payload_locked_documents_rels_bip_files_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_files_id");
  CREATE INDEX "payload_locked_documents_rels_bip_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_documents_id");
  CREATE INDEX "payload_locked_documents_rels_bip_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("bip_changes_id");
  CREATE INDEX "payload_locked_documents_rels_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("alerts_id");
  CREATE INDEX "payload_locked_documents_rels_periodicals_id_idx" ON "payload_locked_documents_rels" USING btree ("periodicals_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_issues_id");
  CREATE INDEX "payload_locked_documents_rels_site_publishes_id_idx" ON "payload_locked_documents_rels" USING btree ("site_publishes_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_office_hours_order_idx" ON "site_settings_office_hours" USING btree ("_order");
  CREATE INDEX "site_settings_office_hours_parent_id_idx" ON "site_settings_office_hours" USING btree ("_parent_id");
  CREATE INDEX "site_settings_social_order_idx" ON "site_settings_social" USING btree ("_order");
  CREATE INDEX "site_settings_social_parent_id_idx" ON "site_settings_social" USING btree ("_parent_id");
  CREATE INDEX "site_settings_coat_of_arms_idx" ON "site_settings" USING btree ("coat_of_arms_id");
  CREATE INDEX "accessibility_statement_unavailable_content_order_idx" ON "accessibility_statement_unavailable_content" USING btree ("_order");
  CREATE INDEX "accessibility_statement_unavailable_content_parent_id_idx" ON "accessibility_statement_unavailable_content" USING btree ("_parent_id");
  CREATE INDEX "accessibility_statement_mobile_apps_order_idx" ON "accessibility_statement_mobile_apps" USING btree ("_order");
  CREATE INDEX "accessibility_statement_mobile_apps_parent_id_idx" ON "accessibility_statement_mobile_apps" USING btree ("_parent_id");
  CREATE INDEX "bip_settings_editors_order_idx" ON "bip_settings_editors" USING btree ("_order");
  CREATE INDEX "bip_settings_editors_parent_id_idx" ON "bip_settings_editors" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "events_recurrence_weekdays" CASCADE;
  DROP TABLE "events_recurrence_exceptions" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_recurrence_weekdays" CASCADE;
  DROP TABLE "_events_v_version_recurrence_exceptions" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "bip_categories" CASCADE;
  DROP TABLE "bip_files" CASCADE;
  DROP TABLE "bip_documents" CASCADE;
  DROP TABLE "bip_documents_rels" CASCADE;
  DROP TABLE "_bip_documents_v" CASCADE;
  DROP TABLE "_bip_documents_v_rels" CASCADE;
  DROP TABLE "bip_changes" CASCADE;
  DROP TABLE "alerts" CASCADE;
  DROP TABLE "alerts_rels" CASCADE;
  DROP TABLE "_alerts_v" CASCADE;
  DROP TABLE "_alerts_v_rels" CASCADE;
  DROP TABLE "periodicals" CASCADE;
  DROP TABLE "newsletter_issues_contents" CASCADE;
  DROP TABLE "newsletter_issues_processing_warnings" CASCADE;
  DROP TABLE "newsletter_issues_pages" CASCADE;
  DROP TABLE "newsletter_issues" CASCADE;
  DROP TABLE "_newsletter_issues_v_version_contents" CASCADE;
  DROP TABLE "_newsletter_issues_v_version_processing_warnings" CASCADE;
  DROP TABLE "_newsletter_issues_v_version_pages" CASCADE;
  DROP TABLE "_newsletter_issues_v" CASCADE;
  DROP TABLE "site_publishes" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_office_hours" CASCADE;
  DROP TABLE "site_settings_social" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "accessibility_statement_unavailable_content" CASCADE;
  DROP TABLE "accessibility_statement_mobile_apps" CASCADE;
  DROP TABLE "accessibility_statement" CASCADE;
  DROP TABLE "bip_settings_editors" CASCADE;
  DROP TABLE "bip_settings" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_areas_kind";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_events_recurrence_weekdays";
  DROP TYPE "public"."enum_events_recurrence_frequency";
  DROP TYPE "public"."enum_events_organiser_kind";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_recurrence_weekdays";
  DROP TYPE "public"."enum__events_v_version_recurrence_frequency";
  DROP TYPE "public"."enum__events_v_version_organiser_kind";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_bip_categories_menu";
  DROP TYPE "public"."enum_bip_documents_kind";
  DROP TYPE "public"."enum_bip_documents_status";
  DROP TYPE "public"."enum__bip_documents_v_version_kind";
  DROP TYPE "public"."enum__bip_documents_v_version_status";
  DROP TYPE "public"."enum_bip_changes_action";
  DROP TYPE "public"."enum_alerts_kind";
  DROP TYPE "public"."enum_alerts_severity";
  DROP TYPE "public"."enum_alerts_status";
  DROP TYPE "public"."enum__alerts_v_version_kind";
  DROP TYPE "public"."enum__alerts_v_version_severity";
  DROP TYPE "public"."enum__alerts_v_version_status";
  DROP TYPE "public"."enum_periodicals_frequency";
  DROP TYPE "public"."enum_periodicals_cover_style";
  DROP TYPE "public"."enum_newsletter_issues_kind";
  DROP TYPE "public"."enum_newsletter_issues_processing_status";
  DROP TYPE "public"."enum_newsletter_issues_status";
  DROP TYPE "public"."enum__newsletter_issues_v_version_kind";
  DROP TYPE "public"."enum__newsletter_issues_v_version_processing_status";
  DROP TYPE "public"."enum__newsletter_issues_v_version_status";
  DROP TYPE "public"."enum_site_publishes_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_accessibility_statement_unavailable_content_reason";
  DROP TYPE "public"."enum_accessibility_statement_status";
  DROP TYPE "public"."enum_accessibility_statement_preparation_method";`)
}
