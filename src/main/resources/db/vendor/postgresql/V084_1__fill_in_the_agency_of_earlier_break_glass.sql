-- The rows are append-only: the owner lifts the guard for this one backfill of V084's new column, and puts it back.
ALTER TABLE break_glass DISABLE TRIGGER break_glass_append_only;
UPDATE break_glass b SET agency_id = p.agency_id FROM practitioner p WHERE p.id = b.practitioner_id;
ALTER TABLE break_glass ENABLE TRIGGER break_glass_append_only;
