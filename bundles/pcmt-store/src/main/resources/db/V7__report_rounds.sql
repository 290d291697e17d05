-- V7: reporting rounds marked sent (report:submit). A round is a duty's report due on a day; the rounds themselves
-- are computed from the plans (duties, frequencies, due days), so only what happened is stored: that it was sent,
-- when, by whom, with what note. A round sent twice is refused; the audit keeps each submission.
CREATE TABLE report_sent (
  plan_id     VARCHAR(100) NOT NULL,
  duty_id     VARCHAR(300) NOT NULL,
  due_on      DATE NOT NULL,
  sent_on     DATE NOT NULL,
  note        VARCHAR(2000),
  operator    VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (plan_id, duty_id, due_on)
);
