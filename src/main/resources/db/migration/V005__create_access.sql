CREATE TABLE audit_event (
    id                      UUID PRIMARY KEY,
    at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    action                  VARCHAR(40) NOT NULL,
    person_id               UUID,
    grounds                 VARCHAR(40) NOT NULL,
    reason                  VARCHAR(1000),
    channel                 VARCHAR(10) NOT NULL
);
CREATE INDEX audit_event_person ON audit_event (person_id, at);
CREATE INDEX audit_event_grounds ON audit_event (grounds, at);

CREATE TABLE break_glass (
    id                      UUID PRIMARY KEY,
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    person_id               UUID NOT NULL REFERENCES person (id),
    reason                  VARCHAR(1000) NOT NULL,
    granted_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX break_glass_person ON break_glass (practitioner_id, person_id, expires_at);

CREATE TABLE break_glass_review (
    break_glass_id          UUID PRIMARY KEY REFERENCES break_glass (id),
    reviewed_by             UUID NOT NULL REFERENCES practitioner (id),
    reviewed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome                 VARCHAR(1000) NOT NULL
);

CREATE TABLE api_token (
    token_hash              CHAR(64) PRIMARY KEY,
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    expires_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE form_draft (
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    form_key                VARCHAR(200) NOT NULL,
    content                 VARCHAR NOT NULL,
    saved_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (practitioner_id, form_key)
);
