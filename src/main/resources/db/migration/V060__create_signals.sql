-- An administrator's change to a rule's parameters: every change kept, each one a new version of the rule
CREATE TABLE signal_rule_change (
    id                      UUID PRIMARY KEY,
    rule_id                 VARCHAR(60) NOT NULL,
    version                 INTEGER NOT NULL,
    parameters              VARCHAR NOT NULL,
    reason                  VARCHAR(1000) NOT NULL,
    changed_by              UUID NOT NULL REFERENCES practitioner (id),
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signal_rule_change_once UNIQUE (rule_id, version)
);

-- open_key holds the condition while the signal is open and is emptied when it closes: the unique index then
-- stops the same conditions raising two open signals, even when two instances evaluate at once
CREATE TABLE signal (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    rule_id                 VARCHAR(60) NOT NULL,
    rule_version            INTEGER NOT NULL,
    condition_key           VARCHAR(200) NOT NULL,
    open_key                VARCHAR(200),
    severity                VARCHAR(10) NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    raised_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recommended_action      VARCHAR(1000) NOT NULL,
    route                   VARCHAR(30) NOT NULL,
    routed_to               UUID REFERENCES practitioner (id),
    acknowledged_by         UUID REFERENCES practitioner (id),
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    closed_by               UUID REFERENCES practitioner (id),
    closed_at               TIMESTAMP WITH TIME ZONE,
    what_was_done           VARCHAR(2000),
    dismissal_reason        VARCHAR(2000)
);
CREATE UNIQUE INDEX signal_open_once ON signal (person_id, open_key);
CREATE INDEX signal_person ON signal (person_id, condition_key);
CREATE INDEX signal_routed ON signal (routed_to, status);
CREATE INDEX signal_rule_status ON signal (rule_id, status);

-- what made the signal fire: chronology entries, front door contacts or missing episodes
CREATE TABLE signal_evidence (
    signal_id               UUID NOT NULL REFERENCES signal (id),
    kind                    VARCHAR(20) NOT NULL,
    ref_id                  UUID NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    added_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (signal_id, ref_id)
);

-- one row per child evaluated: locked while the child's rules run, so evaluations of one child queue
CREATE TABLE signal_subject (
    person_id               UUID PRIMARY KEY,
    evaluated_at            TIMESTAMP WITH TIME ZONE
);

-- early help episodes as their events told us: whether work is open, and who leads it
CREATE TABLE signal_episode (
    episode_id              UUID NOT NULL,
    person_id               UUID NOT NULL,
    lead_professional_id    UUID,
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at               TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (episode_id, person_id)
);
CREATE INDEX signal_episode_person ON signal_episode (person_id);

-- front door decisions as their events told us
CREATE TABLE signal_contact (
    contact_id              UUID NOT NULL,
    person_id               UUID NOT NULL,
    outcome                 VARCHAR(40) NOT NULL,
    decided_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contact_id, person_id)
);
CREATE INDEX signal_contact_person ON signal_contact (person_id, decided_at);

CREATE TABLE signal_missing_episode (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    reported_by             UUID NOT NULL REFERENCES practitioner (id),
    reported_by_agency      UUID NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    missing_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen               VARCHAR(500) NOT NULL,
    risk                    VARCHAR(10) NOT NULL,
    missing_entry_id        UUID NOT NULL REFERENCES chronology_entry (id),
    returned_at             TIMESTAMP WITH TIME ZONE,
    found_at                VARCHAR(500),
    found_with              VARCHAR(500),
    return_entry_id         UUID REFERENCES chronology_entry (id),
    interview_due_at        TIMESTAMP WITH TIME ZONE,
    interview_offered_at    TIMESTAMP WITH TIME ZONE,
    interview_outcome       VARCHAR(20),
    interview_done_at       TIMESTAMP WITH TIME ZONE,
    interviewer             VARCHAR(200),
    interview_entry_id      UUID REFERENCES chronology_entry (id)
);
CREATE INDEX signal_missing_episode_person ON signal_missing_episode (person_id, missing_at);
CREATE INDEX signal_missing_episode_due ON signal_missing_episode (interview_due_at);
