-- The chronology and the audit trail are append-only: the database itself refuses to change them.
CREATE FUNCTION reject_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER chronology_entry_append_only BEFORE UPDATE OR DELETE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER chronology_entry_child_append_only BEFORE UPDATE OR DELETE ON chronology_entry_child
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER chronology_entry_factor_append_only BEFORE UPDATE OR DELETE ON chronology_entry_factor
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER chronology_entry_no_truncate BEFORE TRUNCATE ON chronology_entry
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
