CREATE TABLE "organisations"."audit_record" (
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
CREATE INDEX "audit_record_at" ON "organisations"."audit_record" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_record_region" ON "organisations"."audit_record" USING btree ("region","seq");