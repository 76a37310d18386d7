-- The embedded database keeps the same promise as PostgreSQL: the chronology, the audit trail and break-glass
-- access are append-only. Triggers refuse UPDATE and DELETE of a row.
CREATE TRIGGER chronology_entry_append_only BEFORE UPDATE, DELETE ON chronology_entry FOR EACH ROW CALL 'db.h2.RejectChange';
CREATE TRIGGER chronology_entry_child_append_only BEFORE UPDATE, DELETE ON chronology_entry_child FOR EACH ROW CALL 'db.h2.RejectChange';
CREATE TRIGGER chronology_entry_factor_append_only BEFORE UPDATE, DELETE ON chronology_entry_factor FOR EACH ROW CALL 'db.h2.RejectChange';
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW CALL 'db.h2.RejectChange';
CREATE TRIGGER break_glass_append_only BEFORE UPDATE, DELETE ON break_glass FOR EACH ROW CALL 'db.h2.RejectChange';
CREATE TRIGGER break_glass_review_append_only BEFORE UPDATE, DELETE ON break_glass_review FOR EACH ROW CALL 'db.h2.RejectChange';

-- H2 has no TRUNCATE trigger, but refuses to truncate a table that a foreign key refers to: this empty table refers
-- to each append-only table, so TRUNCATE of any of them fails.
CREATE TABLE append_only_guard (
    entry_id                UUID REFERENCES chronology_entry (id),
    child_person_id         UUID,
    child_occurred_at       TIMESTAMP WITH TIME ZONE,
    child_entry_id          UUID,
    factor_entry_id         UUID,
    factor_code             VARCHAR(4),
    audit_event_id          UUID REFERENCES audit_event (id),
    break_glass_id          UUID REFERENCES break_glass (id),
    break_glass_review_id   UUID REFERENCES break_glass_review (break_glass_id),
    CONSTRAINT append_only_guard_child FOREIGN KEY (child_person_id, child_occurred_at, child_entry_id)
        REFERENCES chronology_entry_child (person_id, occurred_at, entry_id),
    CONSTRAINT append_only_guard_factor FOREIGN KEY (factor_entry_id, factor_code)
        REFERENCES chronology_entry_factor (entry_id, code)
);
