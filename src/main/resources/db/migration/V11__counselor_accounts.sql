-- A counselor's own account (issue 17): the 辅导员 role reaches only that counselor's work records
-- and students, so the account names its counselor. Plain SQL that PostgreSQL accepts too.

alter table app_user add column counselor_id bigint;
alter table app_user add constraint fk_app_user_counselor foreign key (counselor_id) references counselor (id);
alter table app_user drop constraint ck_app_user_role;
alter table app_user add constraint ck_app_user_role
    check (role in ('ADMIN', 'OFFICE', 'DEPARTMENT', 'PERSONNEL', 'LEADER', 'COUNSELOR'));
alter table app_user add constraint ck_app_user_counselor
    check ((role = 'COUNSELOR' and counselor_id is not null) or (role <> 'COUNSELOR' and counselor_id is null));
create unique index uq_app_user_counselor on app_user (counselor_id);
