-- The front door (MASH): contacts about children, the checks asked of other agencies, decisions and challenges.
CREATE TABLE contact (
    id                      UUID PRIMARY KEY,
    reference               VARCHAR(12)  NOT NULL UNIQUE,
    status                  VARCHAR(30)  NOT NULL,
    -- true until the decision stands: the MASH queue reads this with its index, in due order, without sorting
    in_queue                BOOLEAN      NOT NULL,
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_due            TIMESTAMP WITH TIME ZONE NOT NULL,
    rag                     VARCHAR(10)  NOT NULL,
    urgency                 VARCHAR(10)  NOT NULL,
    referrer_kind           VARCHAR(30)  NOT NULL,
    referrer_practitioner_id UUID REFERENCES practitioner (id),
    referrer_agency_id      UUID REFERENCES agency (id),
    referrer_name           VARCHAR(200),
    referrer_contact        VARCHAR(300),
    children_described      VARCHAR(2000),
    what_happened           VARCHAR(10000) NOT NULL,
    worries                 VARCHAR(5000),
    wants                   VARCHAR(5000),
    consent                 VARCHAR(20)  NOT NULL,
    consent_note            VARCHAR(2000),
    link                    VARCHAR(500),
    recorded_by             UUID NOT NULL REFERENCES practitioner (id)
);
-- the MASH queue: open contacts by when their decision is due
CREATE INDEX contact_queue ON contact (in_queue, decision_due, received_at);
CREATE INDEX contact_referrer ON contact (referrer_practitioner_id, received_at);

CREATE TABLE contact_child (
    contact_id              UUID NOT NULL REFERENCES contact (id),
    person_id               UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (contact_id, person_id)
);
CREATE INDEX contact_child_person ON contact_child (person_id);

CREATE TABLE contact_check (
    id                      UUID PRIMARY KEY,
    contact_id              UUID NOT NULL REFERENCES contact (id),
    agency_id               UUID NOT NULL REFERENCES agency (id),
    question                VARCHAR(2000) NOT NULL,
    asked_by                UUID NOT NULL REFERENCES practitioner (id),
    asked_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    answer                  VARCHAR(10000),
    answered_by             UUID REFERENCES practitioner (id),
    answered_at             TIMESTAMP WITH TIME ZONE,
    -- set when answered or when the contact is decided: an open check gives the asked agency grounds to read
    closed_at               TIMESTAMP WITH TIME ZONE
);
CREATE INDEX contact_check_contact ON contact_check (contact_id);
CREATE INDEX contact_check_agency ON contact_check (agency_id, closed_at);

CREATE TABLE contact_decision (
    id                      UUID PRIMARY KEY,
    contact_id              UUID NOT NULL REFERENCES contact (id),
    level                   INTEGER NOT NULL,
    outcome                 VARCHAR(30) NOT NULL,
    rationale               VARCHAR(10000) NOT NULL,
    signposted_to           VARCHAR(500),
    decided_by              UUID NOT NULL REFERENCES practitioner (id),
    decided_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    met_due                 BOOLEAN NOT NULL,
    sign_off_required       BOOLEAN NOT NULL,
    signed_off_by           UUID REFERENCES practitioner (id),
    signed_off_at           TIMESTAMP WITH TIME ZONE,
    -- a manager who does not agree sends the decision back with a reason; the contact is decided again
    returned_by             UUID REFERENCES practitioner (id),
    returned_at             TIMESTAMP WITH TIME ZONE,
    returned_reason         VARCHAR(2000)
);
CREATE INDEX contact_decision_contact ON contact_decision (contact_id);
CREATE INDEX contact_decision_outcome ON contact_decision (outcome, decided_at);

CREATE TABLE contact_challenge (
    id                      UUID PRIMARY KEY,
    contact_id              UUID NOT NULL REFERENCES contact (id),
    text                    VARCHAR(5000) NOT NULL,
    raised_by               UUID NOT NULL REFERENCES practitioner (id),
    raised_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    response                VARCHAR(5000),
    responded_by            UUID REFERENCES practitioner (id),
    responded_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX contact_challenge_contact ON contact_challenge (contact_id);

-- What goes back to a member of the public who left contact details: an outbox, sent by whoever delivers mail
CREATE TABLE contact_reply (
    id                      UUID PRIMARY KEY,
    contact_id              UUID NOT NULL REFERENCES contact (id),
    kind                    VARCHAR(20) NOT NULL,
    send_to                 VARCHAR(300) NOT NULL,
    body                    VARCHAR(2000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at                 TIMESTAMP WITH TIME ZONE
);

-- The local threshold document (continuum of need), changed by administrators; seeded from frontdoor/thresholds.txt
CREATE TABLE contact_threshold_level (
    level                   INTEGER PRIMARY KEY,
    name                    VARCHAR(100) NOT NULL,
    descriptor              VARCHAR(2000) NOT NULL,
    indicators              VARCHAR(5000) NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE,
    changed_by              UUID REFERENCES practitioner (id)
);

-- Reports through the public page, per client address, for the rate limit (kept in the database: several instances)
CREATE TABLE contact_public_attempt (
    client_key              VARCHAR(64) NOT NULL,
    attempted_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_public_attempt_client ON contact_public_attempt (client_key, attempted_at);
