-- A bulk job links one agency's file of records against the index; its counters show progress.
CREATE TABLE linkage_job (
    id                      UUID PRIMARY KEY,
    file_name               VARCHAR(200) NOT NULL,
    started_by              UUID NOT NULL REFERENCES practitioner (id),
    status                  VARCHAR(20) NOT NULL,
    total_rows              INTEGER NOT NULL,
    processed               INTEGER NOT NULL,
    linked                  INTEGER NOT NULL,
    queued                  INTEGER NOT NULL,
    created                 INTEGER NOT NULL,
    failed                  INTEGER NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at             TIMESTAMP WITH TIME ZONE
);

CREATE TABLE linkage_job_error (
    id                      UUID PRIMARY KEY,
    job_id                  UUID NOT NULL REFERENCES linkage_job (id),
    row_number              INTEGER NOT NULL,
    field                   VARCHAR(100) NOT NULL,
    message                 VARCHAR(1000) NOT NULL
);
CREATE INDEX linkage_job_error_job ON linkage_job_error (job_id, row_number);
