CREATE TABLE person (
    id                      UUID PRIMARY KEY,
    given_name              VARCHAR(100) NOT NULL,
    family_name             VARCHAR(100) NOT NULL,
    -- lower-cased, accents and punctuation removed: the key searches use
    family_name_key         VARCHAR(100) NOT NULL,
    date_of_birth           DATE,
    expected_delivery_date  DATE,
    sex                     VARCHAR(20) NOT NULL,
    nhs_number              CHAR(10),
    upn                     CHAR(13),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              UUID NOT NULL
);
CREATE INDEX person_family_name_dob ON person (family_name_key, date_of_birth);
CREATE INDEX person_dob ON person (date_of_birth);
CREATE UNIQUE INDEX person_nhs_number ON person (nhs_number);
CREATE UNIQUE INDEX person_upn ON person (upn);

CREATE TABLE person_other_name (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    kind                    VARCHAR(20) NOT NULL,
    given_name              VARCHAR(100) NOT NULL,
    family_name             VARCHAR(100) NOT NULL,
    family_name_key         VARCHAR(100) NOT NULL
);
CREATE INDEX person_other_name_person ON person_other_name (person_id);
CREATE INDEX person_other_name_key ON person_other_name (family_name_key);

CREATE TABLE address (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    line1                   VARCHAR(200) NOT NULL,
    line2                   VARCHAR(200),
    town                    VARCHAR(100),
    postcode                VARCHAR(8) NOT NULL,
    -- line 1 and postcode normalised: people at the same current address share it
    address_key             VARCHAR(220) NOT NULL,
    from_date               DATE NOT NULL,
    to_date                 DATE
);
CREATE INDEX address_person ON address (person_id);
CREATE INDEX address_key ON address (address_key);

CREATE TABLE education_placement (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    agency_id               UUID NOT NULL REFERENCES agency (id),
    from_date               DATE NOT NULL,
    to_date                 DATE
);
CREATE INDEX education_placement_person ON education_placement (person_id);

-- held once: "from_person is <type> of to_person"; the page shows the inverse from the other side
CREATE TABLE relationship (
    id                      UUID PRIMARY KEY,
    from_person_id          UUID NOT NULL REFERENCES person (id),
    to_person_id            UUID NOT NULL REFERENCES person (id),
    type                    VARCHAR(40) NOT NULL,
    CONSTRAINT relationship_once UNIQUE (from_person_id, to_person_id)
);
CREATE INDEX relationship_to ON relationship (to_person_id);
