-- Counts of plain-language findings by month, agency and category, for the managers' report.
-- No text and no practitioner: the report supports practice, not the scrutiny of a person.
CREATE TABLE recording_finding_count (
    id                      UUID PRIMARY KEY,
    checked_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    report_month            CHAR(7) NOT NULL,
    agency_id               UUID NOT NULL REFERENCES agency (id),
    context                 VARCHAR(30) NOT NULL,
    category                VARCHAR(30) NOT NULL,
    findings                INTEGER NOT NULL
);
CREATE INDEX recording_finding_count_month ON recording_finding_count (report_month, agency_id);
