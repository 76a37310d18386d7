-- An early help episode: one child or several children of one family, with at most one lead professional at a time.
-- status is OPEN, CLOSURE_AWAITING_APPROVAL or CLOSED; an episode with no lead professional is "unallocated".
CREATE TABLE episode (
    id                      UUID PRIMARY KEY,
    status                  VARCHAR(30) NOT NULL,
    reason                  VARCHAR(2000) NOT NULL,
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by               UUID NOT NULL REFERENCES practitioner (id),
    from_contact_id         UUID,
    referrer_id             UUID REFERENCES practitioner (id),
    lead_professional_id    UUID REFERENCES practitioner (id),
    raised_to_managers_at   TIMESTAMP WITH TIME ZONE,
    review_interval_weeks   INTEGER NOT NULL,
    next_review_on          DATE,
    closure_reason          VARCHAR(30),
    closure_summary         VARCHAR(4000),
    closure_what_was_tried  VARCHAR(4000),
    closure_concerns        VARCHAR(4000),
    closure_moved_to        VARCHAR(200),
    closure_asked_by        UUID REFERENCES practitioner (id),
    closure_asked_at        TIMESTAMP WITH TIME ZONE,
    closure_decided_by      UUID REFERENCES practitioner (id),
    closure_decision_note   VARCHAR(2000),
    closed_at               TIMESTAMP WITH TIME ZONE,
    -- one episode per front door decision, however often the event is delivered
    CONSTRAINT episode_one_per_contact UNIQUE (from_contact_id)
);
CREATE INDEX episode_status_opened ON episode (status, opened_at);
CREATE INDEX episode_lead ON episode (lead_professional_id, status);

CREATE TABLE episode_child (
    episode_id              UUID NOT NULL REFERENCES episode (id),
    person_id               UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (episode_id, person_id)
);
CREATE INDEX episode_child_person ON episode_child (person_id, episode_id);

-- every change of lead professional, with the handover note: never updated, only added to
CREATE TABLE episode_handover (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    from_practitioner_id    UUID REFERENCES practitioner (id),
    to_practitioner_id      UUID NOT NULL REFERENCES practitioner (id),
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by              UUID NOT NULL REFERENCES practitioner (id),
    note                    VARCHAR(4000)
);
CREATE INDEX episode_handover_episode ON episode_handover (episode_id, changed_at);

-- the team around the family: a membership is current until ended_at
CREATE TABLE episode_member (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    practitioner_id         UUID NOT NULL REFERENCES practitioner (id),
    part                    VARCHAR(500) NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by                UUID NOT NULL REFERENCES practitioner (id),
    ended_at                TIMESTAMP WITH TIME ZONE
);
CREATE INDEX episode_member_practitioner ON episode_member (practitioner_id, episode_id);
CREATE INDEX episode_member_episode ON episode_member (episode_id);

-- the family's agreement to early help and to sharing; a withdrawal is a new row, nothing is deleted
CREATE TABLE episode_consent (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    to_early_help           BOOLEAN NOT NULL,
    to_sharing              BOOLEAN NOT NULL,
    decided_on              DATE NOT NULL,
    note                    VARCHAR(2000),
    concerns_remain         BOOLEAN NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by             UUID NOT NULL REFERENCES practitioner (id)
);
CREATE INDEX episode_consent_episode ON episode_consent (episode_id, recorded_at);

-- one assessment per episode: a draft until completed; factors are census codes separated by spaces
CREATE TABLE episode_assessment (
    episode_id              UUID PRIMARY KEY REFERENCES episode (id),
    childs_development      VARCHAR(20000),
    parenting_capacity      VARCHAR(20000),
    family_and_environment  VARCHAR(20000),
    childs_words            VARCHAR(20000),
    family_view             VARCHAR(20000),
    strengths               VARCHAR(20000),
    factors                 VARCHAR(400),
    analysis                VARCHAR(20000),
    saved_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by                UUID NOT NULL REFERENCES practitioner (id),
    completed_at            TIMESTAMP WITH TIME ZONE,
    completed_by            UUID REFERENCES practitioner (id)
);

CREATE TABLE episode_outcome (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    position                INTEGER NOT NULL,
    description             VARCHAR(1000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX episode_outcome_episode ON episode_outcome (episode_id, position);

CREATE TABLE episode_action (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    description             VARCHAR(1000) NOT NULL,
    owner_id                UUID NOT NULL REFERENCES practitioner (id),
    due_on                  DATE NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX episode_action_episode ON episode_action (episode_id, due_on);
CREATE INDEX episode_action_owner ON episode_action (owner_id, status, due_on);

CREATE TABLE episode_review (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    held_on                 DATE NOT NULL,
    what_changed            VARCHAR(20000) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by             UUID NOT NULL REFERENCES practitioner (id)
);
CREATE INDEX episode_review_episode ON episode_review (episode_id, held_on);

CREATE TABLE episode_review_score (
    review_id               UUID NOT NULL REFERENCES episode_review (id),
    outcome_id              UUID NOT NULL REFERENCES episode_outcome (id),
    score                   INTEGER NOT NULL,
    PRIMARY KEY (review_id, outcome_id)
);

-- who came, and who was invited and did not, are names as written (family members and others do not sign in)
CREATE TABLE episode_meeting (
    id                      UUID PRIMARY KEY,
    episode_id              UUID NOT NULL REFERENCES episode (id),
    held_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    attended                VARCHAR(4000) NOT NULL,
    invited_not_attended    VARCHAR(4000),
    childs_views            VARCHAR(20000),
    family_views            VARCHAR(20000),
    decisions               VARCHAR(20000) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by             UUID NOT NULL REFERENCES practitioner (id)
);
CREATE INDEX episode_meeting_episode ON episode_meeting (episode_id, held_at);
