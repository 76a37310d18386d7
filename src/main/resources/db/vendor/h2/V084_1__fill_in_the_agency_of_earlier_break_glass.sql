-- The rows are append-only: the guard is lifted for this one backfill of V084's new column, and put back as V028_2
-- made it.
DROP TRIGGER break_glass_append_only;
UPDATE break_glass SET agency_id = (SELECT p.agency_id FROM practitioner p WHERE p.id = break_glass.practitioner_id);
CREATE TRIGGER break_glass_append_only BEFORE UPDATE, DELETE ON break_glass FOR EACH ROW CALL 'db.h2.RejectChange';
