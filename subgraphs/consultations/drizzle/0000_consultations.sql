CREATE SCHEMA IF NOT EXISTS "consultations";
--> statement-breakpoint
CREATE TABLE "consultations"."audit_record" (
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
CREATE TABLE "consultations"."consultation_answer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"post_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"answered_from_region" text NOT NULL,
	"text" text NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations"."consultation_count" (
	"region" text NOT NULL,
	"municipality_code" char(6) NOT NULL,
	"month" char(7) NOT NULL,
	"category" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "consultation_count_region_municipality_code_month_category_pk" PRIMARY KEY("region","municipality_code","month","category"),
	CONSTRAINT "consultation_count_not_negative" CHECK ("consultations"."consultation_count"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "consultations"."consultation_post" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"organization_id" text NOT NULL,
	"municipality_code" char(6) NOT NULL,
	"written_age_from" integer,
	"written_age_to" integer,
	"written_sex" text,
	"written_household" text,
	"age_from" integer,
	"age_to" integer,
	"sex" text,
	"household" text,
	"place_level" text,
	"place_municipality_code" char(6),
	"place_area" text,
	"generalisations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"held_back_reason" text,
	"held_back_reason_ja" text,
	"issue_categories" text[] NOT NULL,
	"supports_used" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"process_stage" text NOT NULL,
	"legal_basis" text NOT NULL,
	"sharing_scope" text NOT NULL,
	"question" text NOT NULL,
	"narrative" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "consultation_post_status" CHECK ("consultations"."consultation_post"."status" in ('HELD_BACK', 'OPEN', 'ANSWERED', 'CLOSED')),
	CONSTRAINT "consultation_post_published" CHECK (("consultations"."consultation_post"."status" = 'HELD_BACK') = ("consultations"."consultation_post"."place_level" is null))
);
--> statement-breakpoint
CREATE TABLE "consultations"."consultation_preview" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"payload" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consultation_preview_kind" CHECK ("consultations"."consultation_preview"."kind" in ('POST', 'ANSWER'))
);
--> statement-breakpoint
ALTER TABLE "consultations"."consultation_answer" ADD CONSTRAINT "consultation_answer_post_id_consultation_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "consultations"."consultation_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_record_at" ON "consultations"."audit_record" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_record_region" ON "consultations"."audit_record" USING btree ("region","seq");--> statement-breakpoint
CREATE INDEX "consultation_answer_post_idx" ON "consultations"."consultation_answer" USING btree ("post_id","answered_at");--> statement-breakpoint
CREATE INDEX "consultation_post_region_posted_idx" ON "consultations"."consultation_post" USING btree ("region","posted_at");--> statement-breakpoint
CREATE INDEX "consultation_post_description_idx" ON "consultations"."consultation_post" USING btree ("region","place_level","age_from","sex","household");--> statement-breakpoint
CREATE INDEX "consultation_preview_expires_idx" ON "consultations"."consultation_preview" USING btree ("expires_at");