-- The service directory in the Open Referral UK shape: organisations, their services, locations and contacts
CREATE TABLE directory_organization (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(300) NOT NULL,
    description             VARCHAR(4000),
    email                   VARCHAR(200),
    url                     VARCHAR(500)
);

CREATE TABLE directory_service (
    id                      UUID PRIMARY KEY,
    organization_id         UUID REFERENCES directory_organization (id),
    name                    VARCHAR(300) NOT NULL,
    -- lower-cased name and description: what the text search looks in
    search_text             VARCHAR(5000) NOT NULL,
    description             VARCHAR(4000),
    url                     VARCHAR(500),
    email                   VARCHAR(200),
    status                  VARCHAR(30) NOT NULL,
    fees                    VARCHAR(1000),
    minimum_age             INTEGER,
    maximum_age             INTEGER,
    assured_date            DATE,
    assurer_email           VARCHAR(200),
    alert                   VARCHAR(1000),
    last_modified           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_service_organization ON directory_service (organization_id);
CREATE INDEX directory_service_status ON directory_service (status, last_modified);

CREATE TABLE directory_location (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(300),
    address_1               VARCHAR(300),
    city                    VARCHAR(100),
    postal_code             VARCHAR(20),
    -- the outward code ("LS6"): the area practitioners search by
    area                    VARCHAR(10)
);
CREATE INDEX directory_location_area ON directory_location (area);

CREATE TABLE directory_service_at_location (
    id                      UUID PRIMARY KEY,
    service_id              UUID NOT NULL REFERENCES directory_service (id),
    location_id             UUID NOT NULL REFERENCES directory_location (id)
);
CREATE INDEX directory_service_at_location_service ON directory_service_at_location (service_id);
CREATE INDEX directory_service_at_location_location ON directory_service_at_location (location_id);

CREATE TABLE directory_contact (
    id                      UUID PRIMARY KEY,
    service_id              UUID REFERENCES directory_service (id),
    organization_id         UUID REFERENCES directory_organization (id),
    name                    VARCHAR(300),
    title                   VARCHAR(300),
    email                   VARCHAR(200),
    phone                   VARCHAR(40)
);
CREATE INDEX directory_contact_service ON directory_contact (service_id);

-- what a service is for ("Mental health", "Parenting"): the taxonomy terms it carries
CREATE TABLE directory_service_need (
    service_id              UUID NOT NULL REFERENCES directory_service (id),
    term_id                 UUID NOT NULL,
    term                    VARCHAR(200) NOT NULL,
    PRIMARY KEY (service_id, term_id)
);
CREATE INDEX directory_service_need_term ON directory_service_need (term);

-- a child or family receives a service from a date to a date
CREATE TABLE directory_service_received (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    service_id              UUID NOT NULL REFERENCES directory_service (id),
    from_date               DATE NOT NULL,
    to_date                 DATE,
    recorded_by             UUID NOT NULL REFERENCES practitioner (id),
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_reason            VARCHAR(300)
);
CREATE INDEX directory_service_received_person ON directory_service_received (person_id);
CREATE INDEX directory_service_received_service ON directory_service_received (service_id, to_date);

-- an import of an Open Referral UK export, with its progress
CREATE TABLE directory_import (
    id                      UUID PRIMARY KEY,
    started_by              UUID NOT NULL REFERENCES practitioner (id),
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    total                   INTEGER NOT NULL,
    done                    INTEGER NOT NULL DEFAULT 0,
    failed                  INTEGER NOT NULL DEFAULT 0,
    finished_at             TIMESTAMP WITH TIME ZONE,
    last_error              VARCHAR(500)
);
