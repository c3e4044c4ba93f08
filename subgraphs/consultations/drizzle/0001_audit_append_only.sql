-- The audit trail is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (see @renkei/audit).
CREATE OR REPLACE FUNCTION "consultations".audit_record_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_record_no_update BEFORE UPDATE OR DELETE ON "consultations"."audit_record"
  FOR EACH ROW EXECUTE FUNCTION "consultations".audit_record_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON "consultations"."audit_record"
  FOR EACH STATEMENT EXECUTE FUNCTION "consultations".audit_record_is_append_only();
