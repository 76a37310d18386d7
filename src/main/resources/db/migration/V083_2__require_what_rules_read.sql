ALTER TABLE chronology_entry_child ALTER COLUMN type SET NOT NULL;
ALTER TABLE chronology_entry_child ALTER COLUMN agency_id SET NOT NULL;
-- a child's amendments, to leave out the entries they replace (NULLs sort last, so few rows are read)
CREATE INDEX chronology_entry_child_amendments ON chronology_entry_child (person_id, supersedes_id);
