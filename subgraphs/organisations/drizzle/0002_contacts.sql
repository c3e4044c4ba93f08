CREATE TABLE "organisations"."contact" (
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	CONSTRAINT "contact_organization_id_position_pk" PRIMARY KEY("organization_id","position")
);
--> statement-breakpoint
ALTER TABLE "organisations"."contact" ADD CONSTRAINT "contact_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "organisations"."organization"("id") ON DELETE cascade ON UPDATE no action;