-- V8 (issue 15): the audit names the channel a change came through (local, batch, ssh) and is tamper-evident:
-- each entry carries the hash of the entry before it and its own hash over both (AuditChain); audit_head holds the
-- last entry's id and hash, so an entry removed at the end shows too. Entries written before V8 are chained by
-- AuditChain.seal in the same migration.
ALTER TABLE audit_log ADD COLUMN channel VARCHAR(20) DEFAULT 'local' NOT NULL;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN hash VARCHAR(64);
CREATE TABLE audit_head (
  id      INT PRIMARY KEY,
  last_id BIGINT NOT NULL,
  hash    VARCHAR(64) NOT NULL
);
INSERT INTO audit_head VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
