-- The rows are append-only: the guard is lifted for this one backfill of V083's new columns, and put back as V028_2
-- made it.
DROP TRIGGER chronology_entry_child_append_only;
UPDATE chronology_entry_child c SET
    type = (SELECT e.type FROM chronology_entry e WHERE e.id = c.entry_id),
    agency_id = (SELECT e.agency_id FROM chronology_entry e WHERE e.id = c.entry_id),
    supersedes_id = (SELECT e.supersedes_id FROM chronology_entry e WHERE e.id = c.entry_id),
    factors = (SELECT LISTAGG(f.code, ' ') WITHIN GROUP (ORDER BY f.code) FROM chronology_entry_factor f
               WHERE f.entry_id = c.entry_id);
CREATE TRIGGER chronology_entry_child_append_only BEFORE UPDATE, DELETE ON chronology_entry_child FOR EACH ROW CALL 'db.h2.RejectChange';
