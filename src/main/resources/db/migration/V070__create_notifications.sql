-- One row per practitioner told something. (recipient, kind, source_key) is unique so that a listener run again
-- after a failure tells nobody twice.
CREATE TABLE notification (
    id                      UUID PRIMARY KEY,
    recipient_id            UUID NOT NULL REFERENCES practitioner (id),
    kind                    VARCHAR(40) NOT NULL,
    source_key              VARCHAR(100) NOT NULL,
    person_id               UUID,
    entry_id                UUID,
    summary                 VARCHAR(500) NOT NULL,
    link                    VARCHAR(500),
    urgent                  BOOLEAN NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    due_by                  TIMESTAMP WITH TIME ZONE,
    -- null until it reaches the practitioner: at once, or with the daily digest
    delivered_at            TIMESTAMP WITH TIME ZONE,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    escalated_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_once UNIQUE (recipient_id, kind, source_key)
);
CREATE INDEX notification_recipient ON notification (recipient_id, delivered_at, acknowledged_at);
CREATE INDEX notification_pending_digest ON notification (delivered_at, created_at);
CREATE INDEX notification_escalation ON notification (urgent, acknowledged_at, escalated_at, due_by);

-- Who leads and who sits around each open early help episode, as early help's events say: notify's own copy.
CREATE TABLE notification_episode_member (
    episode_id              UUID NOT NULL,
    person_id               UUID NOT NULL,
    practitioner_id         UUID NOT NULL,
    lead                    BOOLEAN NOT NULL,
    PRIMARY KEY (episode_id, person_id, practitioner_id, lead)
);
CREATE INDEX notification_episode_member_person ON notification_episode_member (person_id);

-- Operation Encompass: one police domestic abuse incident, one child, told to the DSL of the current setting
CREATE TABLE notification_encompass (
    id                      UUID PRIMARY KEY,
    entry_id                UUID NOT NULL,
    person_id               UUID NOT NULL,
    setting_agency_id       UUID NOT NULL REFERENCES agency (id),
    police_agency_id        UUID NOT NULL REFERENCES agency (id),
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- null while the setting has no safeguarding lead in FullPicture to tell: police see it as not delivered
    delivered_at            TIMESTAMP WITH TIME ZONE,
    due_by                  TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by         UUID,
    CONSTRAINT notification_encompass_once UNIQUE (entry_id, person_id)
);
CREATE INDEX notification_encompass_police ON notification_encompass (police_agency_id, occurred_at);

-- A notice addressed by an agency to a child's school or setting, and where it really went
CREATE TABLE notification_notice (
    id                      UUID PRIMARY KEY,
    person_id               UUID NOT NULL REFERENCES person (id),
    sender_id               UUID NOT NULL REFERENCES practitioner (id),
    to_setting_id           UUID NOT NULL,
    delivered_to_setting_id UUID NOT NULL REFERENCES agency (id),
    rerouted                BOOLEAN NOT NULL,
    reason                  VARCHAR(300),
    text                    VARCHAR(4000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_notice_person ON notification_notice (person_id);

-- An agency's webhook: where its notifications are sent and the secret they are signed with
CREATE TABLE notification_webhook (
    agency_id               UUID PRIMARY KEY REFERENCES agency (id),
    url                     VARCHAR(500) NOT NULL,
    secret                  VARCHAR(100) NOT NULL,
    previous_secret         VARCHAR(100),
    previous_secret_until   TIMESTAMP WITH TIME ZONE,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The outbox: written in the transaction that creates the notification, sent later by whichever instance claims it.
-- id is the delivery id the receiver de-duplicates on.
CREATE TABLE notification_outbox (
    id                      UUID PRIMARY KEY,
    agency_id               UUID NOT NULL REFERENCES agency (id),
    notification_id         UUID,
    payload                 VARCHAR(4000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts                INTEGER NOT NULL DEFAULT 0,
    claimed_by              VARCHAR(100),
    claimed_until           TIMESTAMP WITH TIME ZONE,
    delivered_at            TIMESTAMP WITH TIME ZONE,
    last_status             INTEGER,
    last_error              VARCHAR(300)
);
CREATE INDEX notification_outbox_due ON notification_outbox (delivered_at, next_attempt_at);
CREATE INDEX notification_outbox_agency ON notification_outbox (agency_id, created_at);

-- every entry's sharing delay (occurred -> recorded), as the chronology's events told it: the timeliness page's source
CREATE TABLE notification_entry_timing (
    entry_id                UUID PRIMARY KEY,
    agency_id               UUID NOT NULL,
    type                    VARCHAR(40) NOT NULL,
    occurred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_entry_timing_recorded ON notification_entry_timing (recorded_at);
