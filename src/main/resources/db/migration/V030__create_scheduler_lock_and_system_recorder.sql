-- ShedLock's table: scheduled work claims a row here so it runs on one application instance at a time
CREATE TABLE shedlock (
    name                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until              TIMESTAMP    NOT NULL,
    locked_at               TIMESTAMP    NOT NULL,
    locked_by               VARCHAR(255) NOT NULL
);

-- The recorder of entries that no signed-in practitioner wrote: a decision made by a rule, an automatic
-- "service ended" entry, a concern from the public form. It cannot sign in: disabled, and no password matches '!'.
INSERT INTO agency (id, name, type, safeguarding_contact, safeguarding_email, safeguarding_phone)
VALUES ('00000000-0000-0000-0000-00000000f001', 'FullPicture', 'SYSTEM', 'FullPicture administrators', 'not-monitored@fullpicture.invalid', 'none');
INSERT INTO practitioner (id, agency_id, username, display_name, email, phone, password_hash, enabled)
VALUES ('00000000-0000-0000-0000-00000000f002', '00000000-0000-0000-0000-00000000f001', 'fullpicture-system',
        'FullPicture (recorded automatically)', NULL, NULL, '!', FALSE);
