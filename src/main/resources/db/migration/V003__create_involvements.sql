CREATE TABLE involvement (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    agency_id               UUID NOT NULL REFERENCES agency (id),
    practitioner_id         UUID REFERENCES practitioner (id),
    from_date               DATE NOT NULL,
    to_date                 DATE,
    reason                  VARCHAR(500) NOT NULL
);
CREATE INDEX involvement_person ON involvement (person_id);
CREATE INDEX involvement_agency ON involvement (agency_id, person_id);
