-- The migration journal lives in this schema too, so the migrator may have created it already.
CREATE SCHEMA IF NOT EXISTS "organisations";
--> statement-breakpoint
CREATE TABLE "organisations"."network" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text NOT NULL,
	"description" text,
	"secretariat_id" uuid,
	"meeting_frequency" text,
	"admission_rule" text,
	"sort_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations"."network_member" (
	"network_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"tier_level" integer,
	CONSTRAINT "network_member_network_id_organization_id_pk" PRIMARY KEY("network_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "organisations"."network_tier" (
	"network_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"description" text,
	CONSTRAINT "network_tier_network_id_level_pk" PRIMARY KEY("network_id","level")
);
--> statement-breakpoint
CREATE TABLE "organisations"."opening_hours" (
	"window_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"days" text[] NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	"note" text,
	CONSTRAINT "opening_hours_window_id_position_pk" PRIMARY KEY("window_id","position")
);
--> statement-breakpoint
CREATE TABLE "organisations"."organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"legal_form" text NOT NULL,
	"municipality_code" char(6) NOT NULL,
	"description" text,
	"phone" text,
	"email" text,
	"website" text,
	"sort_key" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations"."programme_role" (
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"delivery" text NOT NULL,
	"contracting_municipality_codes" text[] NOT NULL,
	CONSTRAINT "programme_role_organization_id_role_pk" PRIMARY KEY("organization_id","role")
);
--> statement-breakpoint
CREATE TABLE "organisations"."service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"description" text,
	"categories" text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"school_age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"fee" text
);
--> statement-breakpoint
CREATE TABLE "organisations"."service_area" (
	"service_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"municipality_code" char(6) NOT NULL,
	"detail" text,
	CONSTRAINT "service_area_service_id_position_pk" PRIMARY KEY("service_id","position")
);
--> statement-breakpoint
CREATE TABLE "organisations"."service_window" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"municipality_code" char(6) NOT NULL,
	"address" text,
	"description" text,
	"phone" text
);
--> statement-breakpoint
ALTER TABLE "organisations"."network" ADD CONSTRAINT "network_secretariat_id_organization_id_fk" FOREIGN KEY ("secretariat_id") REFERENCES "organisations"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."network_member" ADD CONSTRAINT "network_member_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "organisations"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."network_member" ADD CONSTRAINT "network_member_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organisations"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."network_tier" ADD CONSTRAINT "network_tier_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "organisations"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."opening_hours" ADD CONSTRAINT "opening_hours_window_id_service_window_id_fk" FOREIGN KEY ("window_id") REFERENCES "organisations"."service_window"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."programme_role" ADD CONSTRAINT "programme_role_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organisations"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."service" ADD CONSTRAINT "service_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organisations"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."service_area" ADD CONSTRAINT "service_area_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "organisations"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations"."service_window" ADD CONSTRAINT "service_window_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organisations"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_order" ON "organisations"."network" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "network_region" ON "organisations"."network" USING btree ("region");--> statement-breakpoint
CREATE INDEX "network_member_organization" ON "organisations"."network_member" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organization_search_trgm" ON "organisations"."organization" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organization_order" ON "organisations"."organization" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "organization_region" ON "organisations"."organization" USING btree ("region");--> statement-breakpoint
CREATE INDEX "service_organization" ON "organisations"."service" USING btree ("organization_id","position");--> statement-breakpoint
CREATE INDEX "service_categories" ON "organisations"."service" USING gin ("categories");--> statement-breakpoint
CREATE INDEX "service_target_groups" ON "organisations"."service" USING gin ("target_groups");--> statement-breakpoint
CREATE INDEX "service_area_municipality" ON "organisations"."service_area" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "service_window_organization" ON "organisations"."service_window" USING btree ("organization_id","position");