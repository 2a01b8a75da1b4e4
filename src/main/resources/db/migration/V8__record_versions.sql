-- Working together (issue 16): every row a user edits in place through a form or a grid carries a
-- version. A save reads the version with the record and writes "where id = ? and row_version = ?",
-- adding one; a save that finds another version (someone else saved in between) changes nothing and
-- is refused. Rows that exist now start at 0. Plain SQL that PostgreSQL accepts too.
--
-- Not versioned, and why: rows only ever added (roster_event, policy_value, finding_event,
-- audit_event, assessment_unlock, title_review_unlock); rows only added and deleted, never edited
-- (promotion, research_output, teaching_assignment, service_record); rows the program derives
-- (training_summary, assessment_result, award, assessment_veto_item, which is saved with its scheme
-- and guarded by the scheme's version); a department's enrolment of a year (department_enrolment: one
-- number typed into a cell, replaced whole); accounts (app_user: disable and reset are single steps
-- that do not depend on what was read).

alter table department add column row_version integer default 0 not null;
alter table counselor add column row_version integer default 0 not null;
alter table training_session add column row_version integer default 0 not null;
alter table training_record add column row_version integer default 0 not null;
alter table assessment_scheme add column row_version integer default 0 not null;
alter table assessment_entry add column row_version integer default 0 not null;
alter table title_review add column row_version integer default 0 not null;
alter table title_target add column row_version integer default 0 not null;
alter table title_application add column row_version integer default 0 not null;
alter table unit_setting add column row_version integer default 0 not null;
