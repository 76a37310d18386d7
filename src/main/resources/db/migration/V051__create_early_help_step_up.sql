-- An episode stepped up to the front door: the contact it made, and the MASH's decision once made.
CREATE TABLE episode_step_up (
    id                  UUID PRIMARY KEY,
    episode_id          UUID NOT NULL REFERENCES episode (id),
    contact_id          UUID NOT NULL UNIQUE,
    contact_reference   VARCHAR(20) NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    stepped_up_by       UUID NOT NULL REFERENCES practitioner (id),
    stepped_up_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome             VARCHAR(40),
    decided_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX episode_step_up_episode ON episode_step_up (episode_id, stepped_up_at);
