-- Append-only log of administrative acts, chained by SHA-256 (see JdbcAuditLog).
CREATE TABLE audit_entry (
    sequence_no   BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    address       VARCHAR(100) NOT NULL,
    action        VARCHAR(100) NOT NULL,
    resource_type VARCHAR(60)  NOT NULL,
    resource_id   VARCHAR(100) NOT NULL,
    summary       VARCHAR(500) NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX ix_audit_entry_resource ON audit_entry (resource_type, resource_id);

-- The single row every append locks: it serialises appends across instances.
CREATE TABLE audit_chain_head (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
