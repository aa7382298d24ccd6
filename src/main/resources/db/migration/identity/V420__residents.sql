-- A verified resident: the account's link to one census person. The UNIQUE constraint makes one
-- census person verify one account only, whatever races between requests. Deleting a person from
-- the census (a re-import without them) removes the link, and with it the verification.
CREATE TABLE account_census (
    account_id       BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    census_person_id BIGINT NOT NULL REFERENCES census_person (id) ON DELETE CASCADE,
    verified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_by      VARCHAR(200) NOT NULL,
    CONSTRAINT uq_account_census_person UNIQUE (census_person_id)
);

-- Verification attempts, at most a few per account per hour.
CREATE TABLE verification_attempt (
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_verification_attempt ON verification_attempt (account_id, attempted_at);
