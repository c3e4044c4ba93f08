CREATE SCHEMA IF NOT EXISTS "events";
--> statement-breakpoint
CREATE TABLE "events"."attendance" (
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "attendance_event_id_kind_pk" PRIMARY KEY("event_id","kind")
);
--> statement-breakpoint
CREATE TABLE "events"."audit_record" (
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
CREATE TABLE "events"."co_organizer" (
	"event_id" uuid NOT NULL,
	"organization_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "co_organizer_event_id_organization_id_pk" PRIMARY KEY("event_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "events"."event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"title_kana" text,
	"title_en" text,
	"description" text,
	"series_id" uuid,
	"round" integer,
	"round_host_id" text,
	"round_host_municipality_code" char(6),
	"organizer_id" text,
	"organizer_name" text,
	"network_id" text,
	"venue_name" text,
	"address" text,
	"address_detail" text,
	"latitude" double precision,
	"longitude" double precision,
	"access" text,
	"parking" text,
	"online_url" text,
	"municipality_code" char(6) NOT NULL,
	"all_day" boolean NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"time_note" text,
	"audience" text NOT NULL,
	"capacity" integer,
	"registration_deadline" timestamp with time zone,
	"registration_method" text,
	"childcare" boolean DEFAULT false NOT NULL,
	"fee_yen" integer,
	"fee_note" text,
	"status" text DEFAULT 'SCHEDULED' NOT NULL,
	"status_note" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_extension" text,
	"url" text,
	"note" text,
	"source_key" text,
	"source" text,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."event_link" (
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"title" text,
	CONSTRAINT "event_link_event_id_position_pk" PRIMARY KEY("event_id","position")
);
--> statement-breakpoint
CREATE TABLE "events"."event_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"title" text NOT NULL,
	"title_kana" text,
	"description" text,
	"organizer_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."invitee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organization_id" text,
	"municipality_code" char(6),
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organization_id" text,
	"subject" text NOT NULL,
	"participants" integer NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events"."attendance" ADD CONSTRAINT "attendance_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."co_organizer" ADD CONSTRAINT "co_organizer_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."event" ADD CONSTRAINT "event_series_id_event_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "events"."event_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."event_link" ADD CONSTRAINT "event_link_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."invitee" ADD CONSTRAINT "invitee_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."registration" ADD CONSTRAINT "registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_record_at" ON "events"."audit_record" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_record_region" ON "events"."audit_record" USING btree ("region","seq");--> statement-breakpoint
CREATE INDEX "co_organizer_organization" ON "events"."co_organizer" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "event_order" ON "events"."event" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "event_span" ON "events"."event" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "event_municipality" ON "events"."event" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "event_organizer" ON "events"."event" USING btree ("organizer_id");--> statement-breakpoint
CREATE INDEX "event_search_trgm" ON "events"."event" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "event_source_key" ON "events"."event" USING btree ("region","source_key");--> statement-breakpoint
CREATE INDEX "invitee_event" ON "events"."invitee" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "invitee_organization" ON "events"."invitee" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "registration_event" ON "events"."registration" USING btree ("event_id");