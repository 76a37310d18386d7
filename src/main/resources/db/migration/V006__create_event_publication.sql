-- Spring Modulith's event publication registry: a listener that fails is retried, not lost
CREATE TABLE event_publication (
    id                      UUID NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512) NOT NULL,
    event_type              VARCHAR(512) NOT NULL,
    serialized_event        VARCHAR NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INTEGER,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
