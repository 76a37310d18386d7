-- The rows are append-only: the owner lifts the guard for this one backfill of V083's new columns, and puts it back.
ALTER TABLE chronology_entry_child DISABLE TRIGGER chronology_entry_child_append_only;
UPDATE chronology_entry_child c SET type = e.type, agency_id = e.agency_id, supersedes_id = e.supersedes_id,
    factors = (SELECT string_agg(f.code, ' ' ORDER BY f.code) FROM chronology_entry_factor f WHERE f.entry_id = e.id)
FROM chronology_entry e WHERE e.id = c.entry_id;
ALTER TABLE chronology_entry_child ENABLE TRIGGER chronology_entry_child_append_only;
