CREATE SCHEMA IF NOT EXISTS "shelters";
--> statement-breakpoint
CREATE TABLE "shelters"."audit_record" (
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
CREATE TABLE "shelters"."bed_vacancy" (
	"shelter_id" uuid NOT NULL,
	"category" text NOT NULL,
	"capacity" integer NOT NULL,
	"vacant" integer NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bed_vacancy_shelter_id_category_pk" PRIMARY KEY("shelter_id","category"),
	CONSTRAINT "bed_vacancy_within_capacity" CHECK ("shelters"."bed_vacancy"."vacant" >= 0 and "shelters"."bed_vacancy"."vacant" <= "shelters"."bed_vacancy"."capacity")
);
--> statement-breakpoint
CREATE TABLE "shelters"."shelter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"operator_id" text,
	"operator_name" text,
	"municipality_code" char(6) NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"phone" text,
	"confidential" boolean DEFAULT false NOT NULL,
	"intake_route" text NOT NULL,
	"intake_contact" text,
	"max_stay_days" integer,
	"eligible_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"eligibility" text,
	"pets_allowed" boolean,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"hazards" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity_persons" integer,
	"also_designated_shelter" boolean,
	"served_areas" text,
	"town_id" text,
	"description" text,
	"search_text" text DEFAULT '' NOT NULL,
	"source" text,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shelters"."bed_vacancy" ADD CONSTRAINT "bed_vacancy_shelter_id_shelter_id_fk" FOREIGN KEY ("shelter_id") REFERENCES "shelters"."shelter"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_record_at" ON "shelters"."audit_record" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_record_region" ON "shelters"."audit_record" USING btree ("region","seq");--> statement-breakpoint
CREATE INDEX "shelter_region_kind_idx" ON "shelters"."shelter" USING btree ("region","kind");--> statement-breakpoint
CREATE INDEX "shelter_municipality_idx" ON "shelters"."shelter" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "shelter_operator_idx" ON "shelters"."shelter" USING btree ("operator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shelter_source_key_idx" ON "shelters"."shelter" USING btree ("region","source_key");--> statement-breakpoint
CREATE INDEX "shelter_search_text_trgm_idx" ON "shelters"."shelter" USING gin ("search_text" gin_trgm_ops);