-- V1: assignment status (current and history) and the audit log.
CREATE TABLE audit_log (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  at         TIMESTAMP WITH TIME ZONE NOT NULL,
  operator   VARCHAR(200) NOT NULL,
  action     VARCHAR(100) NOT NULL,
  subject    VARCHAR(1000) NOT NULL,
  old_value  CHARACTER LARGE OBJECT,
  new_value  CHARACTER LARGE OBJECT
);
CREATE INDEX audit_at ON audit_log(at);
CREATE TABLE assignment_status (
  plan_id       VARCHAR(100) NOT NULL,
  assignment_id VARCHAR(300) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  note          VARCHAR(4000),
  operator      VARCHAR(200) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (plan_id, assignment_id)
);
CREATE TABLE assignment_status_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id       VARCHAR(100) NOT NULL,
  assignment_id VARCHAR(300) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  note          VARCHAR(4000),
  operator      VARCHAR(200) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX status_history_key ON assignment_status_history(plan_id, assignment_id);
