-- The event registry counts and finds publications by status (resubmitted, failed) as it works: without an index
-- each look read the whole table, which grows by every event every listener handles.
CREATE INDEX event_publication_by_status ON event_publication (status);
