-- A decision of no further action signposts the family to a service; chosen from the service directory, it keeps the
-- service's id beside the name as it read when the decision was made (a service may later close or be renamed).
ALTER TABLE contact_decision ADD COLUMN signposted_service_id UUID;
