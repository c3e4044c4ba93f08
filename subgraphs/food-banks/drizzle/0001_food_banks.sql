CREATE SCHEMA IF NOT EXISTS "food_banks";
--> statement-breakpoint
CREATE TABLE "food_banks"."audit_record" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"subject" text,
	"roles" text[] NOT NULL,
	"organization_id" text,
	"region" text,
	"purpose" text,
	"operation" text NOT NULL,
	"record_ids" text[] NOT NULL,
	"fields" text[] NOT NULL,
	"request_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "food_banks"."donation_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"donor_kind" text NOT NULL,
	"donor_name" text NOT NULL,
	"donor_contact" text,
	"pickup_municipality_code" char(6) NOT NULL,
	"pickup_note" text,
	"lines" jsonb NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"accepted_site_id" text,
	"accepted_organization_id" text,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "donation_offer_accepted" CHECK (("food_banks"."donation_offer"."status" = 'OPEN') = ("food_banks"."donation_offer"."accepted_site_id" is null))
);
--> statement-breakpoint
CREATE TABLE "food_banks"."food_need" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"category" text NOT NULL,
	"quantity" numeric(12, 1) NOT NULL,
	"needed_by" date,
	"min_shelf_life_days" integer DEFAULT 0 NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "food_need_positive" CHECK ("food_banks"."food_need"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "food_banks"."food_referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"site_id" uuid NOT NULL,
	"code" text NOT NULL,
	"household_size" integer NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"pickup_from" timestamp with time zone NOT NULL,
	"pickup_until" timestamp with time zone NOT NULL,
	"redeemed_at" timestamp with time zone,
	"referring_organization_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "food_referral_household" CHECK ("food_banks"."food_referral"."household_size" between 1 and 20),
	CONSTRAINT "food_referral_window" CHECK ("food_banks"."food_referral"."pickup_until" > "food_banks"."food_referral"."pickup_from")
);
--> statement-breakpoint
CREATE TABLE "food_banks"."food_site" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"municipality_code" char(6) NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"phone" text,
	"access" text NOT NULL,
	"access_note" text,
	"opening_times" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opening_note" text,
	"description" text,
	"search_text" text DEFAULT '' NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "food_banks"."stock_lot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"quantity" numeric(12, 1) NOT NULL,
	"best_before" date,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "stock_lot_not_negative" CHECK ("food_banks"."stock_lot"."quantity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "food_banks"."food_need" ADD CONSTRAINT "food_need_site_id_food_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "food_banks"."food_site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_banks"."food_referral" ADD CONSTRAINT "food_referral_site_id_food_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "food_banks"."food_site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "food_banks"."stock_lot" ADD CONSTRAINT "stock_lot_site_id_food_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "food_banks"."food_site"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_record_at" ON "food_banks"."audit_record" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_record_region" ON "food_banks"."audit_record" USING btree ("region","seq");--> statement-breakpoint
CREATE INDEX "donation_offer_region_status_idx" ON "food_banks"."donation_offer" USING btree ("region","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "food_need_site_category_idx" ON "food_banks"."food_need" USING btree ("site_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "food_referral_code_idx" ON "food_banks"."food_referral" USING btree ("code");--> statement-breakpoint
CREATE INDEX "food_referral_site_idx" ON "food_banks"."food_referral" USING btree ("site_id","created_at");--> statement-breakpoint
CREATE INDEX "food_referral_referrer_idx" ON "food_banks"."food_referral" USING btree ("referring_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "food_site_region_kind_idx" ON "food_banks"."food_site" USING btree ("region","kind");--> statement-breakpoint
CREATE INDEX "food_site_organization_idx" ON "food_banks"."food_site" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "food_site_municipality_idx" ON "food_banks"."food_site" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "food_site_search_text_trgm_idx" ON "food_banks"."food_site" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "stock_lot_site_idx" ON "food_banks"."stock_lot" USING btree ("site_id","category");