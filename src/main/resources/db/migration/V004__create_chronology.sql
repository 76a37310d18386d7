CREATE TABLE chronology_entry (
    id                      UUID PRIMARY KEY,
    type                    VARCHAR(40) NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorder_id             UUID NOT NULL REFERENCES practitioner (id),
    agency_id               UUID NOT NULL REFERENCES agency (id),
    text                    VARCHAR NOT NULL,
    source                  VARCHAR(30) NOT NULL,
    sensitivity             VARCHAR(20) NOT NULL,
    supersedes_id           UUID REFERENCES chronology_entry (id),
    amendment_reason        VARCHAR(1000),
    idempotency_key         VARCHAR(200),
    request_hash            VARCHAR(64),
    CONSTRAINT chronology_entry_idempotent UNIQUE (recorder_id, idempotency_key)
);
CREATE INDEX chronology_entry_supersedes ON chronology_entry (supersedes_id);

-- one entry can concern several children; occurred_at is copied here so a child's
-- chronology is read in time order from one index
CREATE TABLE chronology_entry_child (
    entry_id                UUID NOT NULL REFERENCES chronology_entry (id),
    person_id               UUID NOT NULL REFERENCES person (id),
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, occurred_at, entry_id)
);
CREATE INDEX chronology_entry_child_entry ON chronology_entry_child (entry_id);

CREATE TABLE chronology_entry_factor (
    entry_id                UUID NOT NULL REFERENCES chronology_entry (id),
    code                    VARCHAR(4) NOT NULL,
    PRIMARY KEY (entry_id, code)
);
