-- What the signals rules read of a child's chronology (an entry's type, agency, factor codes and the entry it amends)
-- is copied to the child's row, as occurred_at already is: a child's year is then read from one index and its rows,
-- not with three look-ups for each entry. Entries never change, so the copies cannot drift. The vendor migration
-- V083_1 fills in the rows recorded before, and V083_2 then requires them.
ALTER TABLE chronology_entry_child ADD COLUMN type VARCHAR(40);
ALTER TABLE chronology_entry_child ADD COLUMN agency_id UUID;
-- the entry's factor codes, upper case, sorted, separated by a space; NULL for none
ALTER TABLE chronology_entry_child ADD COLUMN factors VARCHAR(400);
ALTER TABLE chronology_entry_child ADD COLUMN supersedes_id UUID;
