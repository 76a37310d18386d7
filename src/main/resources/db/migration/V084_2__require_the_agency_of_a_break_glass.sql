ALTER TABLE break_glass ALTER COLUMN agency_id SET NOT NULL;
-- an agency's break-glass, newest first, for its safeguarding lead to review
CREATE INDEX break_glass_agency ON break_glass (agency_id, granted_at);
