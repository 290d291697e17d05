-- V2: administrative units with lineage, drug-free recognitions, recorded figures with their history.
CREATE TABLE admin_unit (
  code           VARCHAR(60) PRIMARY KEY,
  province       VARCHAR(100) NOT NULL,
  name           VARCHAR(200) NOT NULL,
  kind           VARCHAR(20) NOT NULL,
  effective_from DATE,
  effective_to   DATE
);
CREATE INDEX unit_province ON admin_unit(province);
CREATE TABLE unit_lineage (
  code        VARCHAR(60) NOT NULL,
  predecessor VARCHAR(60) NOT NULL,
  PRIMARY KEY (code, predecessor)
);
CREATE TABLE recognition (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  unit_code    VARCHAR(60) NOT NULL REFERENCES admin_unit(code),
  decided_on   DATE NOT NULL,
  decision     VARCHAR(500) NOT NULL,
  withdrawn_on DATE,
  withdrawal   VARCHAR(500)
);
CREATE INDEX recognition_unit ON recognition(unit_code);
CREATE TABLE figure (
  plan_id     VARCHAR(100) NOT NULL,
  target_id   VARCHAR(300) NOT NULL,
  period      VARCHAR(10) NOT NULL,
  unit_code   VARCHAR(60) DEFAULT '' NOT NULL,
  amount      DOUBLE PRECISION NOT NULL,
  note        VARCHAR(2000),
  operator    VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (plan_id, target_id, period, unit_code)
);
CREATE TABLE figure_history (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id     VARCHAR(100) NOT NULL,
  target_id   VARCHAR(300) NOT NULL,
  period      VARCHAR(10) NOT NULL,
  unit_code   VARCHAR(60) DEFAULT '' NOT NULL,
  amount      DOUBLE PRECISION NOT NULL,
  note        VARCHAR(2000),
  operator    VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX figure_history_key ON figure_history(plan_id, target_id);
