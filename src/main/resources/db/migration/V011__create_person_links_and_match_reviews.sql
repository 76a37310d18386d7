-- A merge links one person's record to another's; neither record is changed or removed, so an
-- unmerge (which ends the link) restores both exactly.
CREATE TABLE person_link (
    id                      UUID PRIMARY KEY,
    survivor_id             UUID NOT NULL REFERENCES person (id),
    merged_id               UUID NOT NULL REFERENCES person (id),
    linked_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by               UUID NOT NULL REFERENCES practitioner (id),
    reason                  VARCHAR(1000) NOT NULL,
    unlinked_at             TIMESTAMP WITH TIME ZONE,
    unlinked_by             UUID REFERENCES practitioner (id),
    unlink_reason           VARCHAR(1000)
);
CREATE INDEX person_link_survivor ON person_link (survivor_id);
CREATE INDEX person_link_merged ON person_link (merged_id);

-- Pairs of records that may be the same person, waiting for someone to decide.
CREATE TABLE match_review (
    id                      UUID PRIMARY KEY,
    existing_id             UUID NOT NULL REFERENCES person (id),
    candidate_id            UUID NOT NULL REFERENCES person (id),
    probability             DOUBLE PRECISION NOT NULL,
    reasons                 VARCHAR NOT NULL,
    raised_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by               VARCHAR(40) NOT NULL,
    decision                VARCHAR(20),
    decided_at              TIMESTAMP WITH TIME ZONE,
    decided_by              UUID REFERENCES practitioner (id),
    decision_reason         VARCHAR(1000)
);
CREATE INDEX match_review_open ON match_review (decision, raised_at);
