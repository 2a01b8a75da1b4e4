-- The dashboard's training compliance (issue 18) asks, for every counselor, the start of their latest national
-- or regional training up to a year: the primary key (train_year, training_level, counselor_id) answered it by
-- reading every level of every year (ten years of a region's 10,000 counselors). This index holds exactly what
-- the question reads, the higher levels apart. Plain SQL that PostgreSQL accepts too.
create index ix_training_summary_level_year on training_summary (training_level, train_year, counselor_id, last_start);
