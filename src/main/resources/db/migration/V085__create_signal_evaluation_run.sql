-- An evaluation of every rule for every child, started by an administrator after a rule changes: it runs in the
-- background (a whole town takes minutes) and its progress is kept here for them to follow.
CREATE TABLE signal_evaluation_run (
    id                      UUID PRIMARY KEY,
    started_by              UUID NOT NULL REFERENCES practitioner (id),
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    children                INTEGER NOT NULL DEFAULT 0,
    signals_raised          INTEGER NOT NULL DEFAULT 0,
    finished_at             TIMESTAMP WITH TIME ZONE,
    -- the kind of error that stopped it, never its message (which could quote a record)
    failure                 VARCHAR(200)
);
