-- Acts done by staff for a resident who is present name both (assisted participation).
ALTER TABLE audit_entry ADD COLUMN assisted_by VARCHAR(200);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
CREATE INDEX ix_audit_entry_assisted_by ON audit_entry (assisted_by);
