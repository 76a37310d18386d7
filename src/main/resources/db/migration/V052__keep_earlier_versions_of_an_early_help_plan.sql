-- A plan is revised, not replaced: each outcome says in which version it came in and, once dropped, in which it went.
ALTER TABLE episode_outcome ADD COLUMN plan_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE episode_outcome ADD COLUMN dropped_in_version INTEGER;
