-- A plan is revised, not replaced: each outcome says in which version it came in, where it stood then, and, once
-- dropped, in which version it went.
ALTER TABLE episode_outcome ADD COLUMN plan_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE episode_outcome ADD COLUMN first_position INTEGER;
ALTER TABLE episode_outcome ADD COLUMN dropped_in_version INTEGER;
UPDATE episode_outcome SET first_position = position;
