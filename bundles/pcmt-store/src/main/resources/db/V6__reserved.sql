-- V6 is issue 14's migration (durability). This branch (issue 11) keeps its number free with a script that does
-- nothing, so that V7 applies; at the merge this file is replaced by issue 14's V6.
CREATE TABLE IF NOT EXISTS schema_lock (id INT PRIMARY KEY);
