-- A bulk linkage job survives its instance: the file is kept until the job ends, and a job whose heartbeat stops is
-- taken over by another instance (or a restarted one), which carries on from the last row done.
ALTER TABLE linkage_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE linkage_job_file (
    job_id                  UUID PRIMARY KEY REFERENCES linkage_job (id),
    content                 BYTEA NOT NULL
);
