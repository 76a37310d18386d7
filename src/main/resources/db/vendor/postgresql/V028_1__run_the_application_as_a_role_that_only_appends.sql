-- Flyway runs as the owner of the schema; the application connects as its own role (${app_role}), which may read and
-- write the working tables but only read and add to the chronology, the audit trail and break-glass access. Not
-- owning them, it cannot TRUNCATE them, DISABLE or DROP their triggers, or DROP them.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
-- tables that later migrations create, as the owner, are the application's to use too
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON chronology_entry, chronology_entry_child, chronology_entry_factor, audit_event,
    break_glass, break_glass_review FROM ${app_role};
REVOKE ALL ON ${flyway:table} FROM ${app_role};

-- and the owner is refused too, unless it first drops a trigger on purpose (V006_1 covered two of these tables)
CREATE TRIGGER chronology_entry_child_no_truncate BEFORE TRUNCATE ON chronology_entry_child
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
CREATE TRIGGER chronology_entry_factor_no_truncate BEFORE TRUNCATE ON chronology_entry_factor
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
CREATE TRIGGER break_glass_append_only BEFORE UPDATE OR DELETE ON break_glass
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER break_glass_review_append_only BEFORE UPDATE OR DELETE ON break_glass_review
    FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER break_glass_no_truncate BEFORE TRUNCATE ON break_glass
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
CREATE TRIGGER break_glass_review_no_truncate BEFORE TRUNCATE ON break_glass_review
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
