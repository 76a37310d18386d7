-- Failed sign-ins by client address, for throttling guesses spread over many accounts; kept only for the window.
CREATE TABLE sign_in_failure (
    id                      UUID PRIMARY KEY,
    client_address          VARCHAR(64) NOT NULL,
    at                      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_address ON sign_in_failure (client_address, at);
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
