-- When an evaluation of every child last moved on: one that has not for a while was stopped (its instance restarted)
-- and will not finish, so its page stops waiting for it and a new one can start.
ALTER TABLE signal_evaluation_run ADD COLUMN progressed_at TIMESTAMP WITH TIME ZONE;
UPDATE signal_evaluation_run SET progressed_at = COALESCE(finished_at, started_at);
ALTER TABLE signal_evaluation_run ALTER COLUMN progressed_at SET NOT NULL;
CREATE INDEX signal_evaluation_run_unfinished ON signal_evaluation_run (finished_at, progressed_at);
