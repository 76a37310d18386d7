CREATE TABLE agency (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    type                    VARCHAR(40)  NOT NULL,
    safeguarding_contact    VARCHAR(200) NOT NULL,
    safeguarding_email      VARCHAR(200) NOT NULL,
    safeguarding_phone      VARCHAR(40)  NOT NULL
);

CREATE TABLE practitioner (
    id                      UUID PRIMARY KEY,
    agency_id               UUID NOT NULL REFERENCES agency (id),
    username                VARCHAR(100) NOT NULL UNIQUE,
    display_name            VARCHAR(200) NOT NULL,
    email                   VARCHAR(200),
    phone                   VARCHAR(40),
    password_hash           VARCHAR(200) NOT NULL,
    failed_sign_ins         INTEGER NOT NULL DEFAULT 0,
    locked_until            TIMESTAMP WITH TIME ZONE,
    enabled                 BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX practitioner_agency ON practitioner (agency_id);

CREATE TABLE practitioner_role (
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    role                    VARCHAR(40) NOT NULL,
    PRIMARY KEY (practitioner_id, role)
);
