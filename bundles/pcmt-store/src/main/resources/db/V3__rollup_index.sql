-- V3: one indicator over every unit and plan by period (national roll-up) reads this index, not the whole table.
CREATE INDEX figure_target_period ON figure(target_id, period);
