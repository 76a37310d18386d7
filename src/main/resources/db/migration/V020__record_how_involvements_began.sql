-- How an involvement began, who recorded it and when. Only workflow, allocated and declared involvements give
-- grounds to read the record; RECORDED marks those once made by writing about a child, which give none.
ALTER TABLE involvement ADD COLUMN basis VARCHAR(20) DEFAULT 'WORKFLOW' NOT NULL;
ALTER TABLE involvement ADD COLUMN recorded_by UUID;
ALTER TABLE involvement ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE involvement ADD CONSTRAINT involvement_recorded_by FOREIGN KEY (recorded_by) REFERENCES practitioner (id);
UPDATE involvement SET basis = 'RECORDED', recorded_by = practitioner_id
WHERE reason IN ('Recorded information about the child', 'Recorded the person');

-- a practitioner's declaration of their own agency's involvement is reviewed by someone else
CREATE TABLE involvement_review (
    involvement_id          UUID PRIMARY KEY REFERENCES involvement (id),
    reviewed_by             UUID NOT NULL REFERENCES practitioner (id),
    reviewed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome                 VARCHAR(1000) NOT NULL
);
CREATE INDEX involvement_basis ON involvement (basis, recorded_at);

-- who wrote the rest of a record, and when
ALTER TABLE address ADD COLUMN recorded_by UUID;
ALTER TABLE address ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE education_placement ADD COLUMN recorded_by UUID;
ALTER TABLE education_placement ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE relationship ADD COLUMN recorded_by UUID;
ALTER TABLE relationship ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
