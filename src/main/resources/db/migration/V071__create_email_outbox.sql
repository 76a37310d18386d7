-- Email, when it is switched on: written in the transaction that decided to send it, sent by one instance at a
-- time (the scheduler lock), retried with back-off. The id is the caller's (a reply, a notification), so the
-- same email is never queued twice.
CREATE TABLE email_outbox (
    id                      UUID PRIMARY KEY,
    send_to                 VARCHAR(320) NOT NULL,
    subject                 VARCHAR(200) NOT NULL,
    body                    VARCHAR(4000) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts                INTEGER NOT NULL DEFAULT 0,
    sent_at                 TIMESTAMP WITH TIME ZONE,
    last_error              VARCHAR(300)
);
CREATE INDEX email_outbox_due ON email_outbox (sent_at, next_attempt_at);
