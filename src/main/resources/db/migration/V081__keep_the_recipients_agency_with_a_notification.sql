-- A notification keeps the agency its recipient worked for when it was made: timeliness is reported by that agency,
-- and webhooks go to it, without notify reading the agencies module's tables.
ALTER TABLE notification ADD COLUMN recipient_agency_id UUID;
UPDATE notification SET recipient_agency_id = (SELECT p.agency_id FROM practitioner p WHERE p.id = notification.recipient_id);
ALTER TABLE notification ALTER COLUMN recipient_agency_id SET NOT NULL;
CREATE INDEX notification_recipient_agency ON notification (recipient_agency_id, created_at);
