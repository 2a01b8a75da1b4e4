-- The work records' summaries at the region's scale (issue 17's benchmark: 10,000 counselors, 2 M records):
-- the counts read only the record's counselor, date, kind and follow-up, which these indexes hold, so that a
-- month is counted from the indexes without reading each record's row (its sealed body the largest part).
-- ix_work_record_month_counts replaces ix_work_record_month (its first two columns); the students reached
-- are counted from (record_id, student_id). Plain SQL that PostgreSQL accepts too.
create index ix_work_record_counselor_counts on work_record (counselor_id, occurred_on, kind, follow_up_on,
    follow_up_done);
create index ix_work_record_month_counts on work_record (occurred_on, counselor_id, kind, follow_up_on,
    follow_up_done);
drop index ix_work_record_month;
create index ix_work_record_student_lines on work_record_student (record_id, student_id);
