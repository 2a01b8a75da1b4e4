-- The work records' monthly tally (issue 17's benchmark: the college's monthly summary of 10,000
-- counselors over 2 M records within a second). Counting a month from the records read some 170,000
-- index entries and grouped them twice (4.8 s in H2); the summaries now read these tables, a row per
-- counselor and month, which WorklogService keeps in the same transaction as every record it writes
-- (MonthTallyRepository recounts the counselor's months a change touches from the records themselves).
--
-- month_key is the year and month as yyyymm. work_month_count: records by kind and the student lines
-- typed by name (each counted, as the summaries count them); work_month_student: the listed students a
-- counselor reached in the month (distinct, so that a year counts a student once); work_month_follow_up:
-- the open follow-ups of the month's records by their due day (what is overdue depends on the day the
-- summary is read). Derived data: filled here from the records, rebuilt from them whenever in doubt.
-- Plain SQL that PostgreSQL accepts too.
create table work_month_count (
    month_key      integer not null,
    counselor_id   bigint  not null,
    talks          integer not null,
    class_visits   integer not null,
    dorm_visits    integer not null,
    meetings       integer not null,
    typed_students integer not null,
    constraint pk_work_month_count primary key (month_key, counselor_id),
    constraint fk_work_month_count_counselor foreign key (counselor_id) references counselor (id)
);

create table work_month_student (
    month_key    integer not null,
    counselor_id bigint  not null,
    student_id   bigint  not null,
    constraint pk_work_month_student primary key (month_key, counselor_id, student_id),
    constraint fk_work_month_student_counselor foreign key (counselor_id) references counselor (id)
);

create table work_month_follow_up (
    month_key    integer not null,
    counselor_id bigint  not null,
    due_on       date    not null,
    open_count   integer not null,
    constraint pk_work_month_follow_up primary key (month_key, counselor_id, due_on),
    constraint fk_work_month_follow_up_counselor foreign key (counselor_id) references counselor (id)
);

insert into work_month_count (month_key, counselor_id, talks, class_visits, dorm_visits, meetings, typed_students)
select t.month_key, t.counselor_id, sum(t.talks), sum(t.class_visits), sum(t.dorm_visits), sum(t.meetings),
       sum(t.typed)
from (
    select cast(extract(year from r.occurred_on) as integer) * 100 + cast(extract(month from r.occurred_on) as integer)
               as month_key,
           r.counselor_id,
           case when r.kind = 'TALK' then 1 else 0 end as talks,
           case when r.kind = 'CLASS_VISIT' then 1 else 0 end as class_visits,
           case when r.kind = 'DORM_VISIT' then 1 else 0 end as dorm_visits,
           case when r.kind = 'CLASS_MEETING' then 1 else 0 end as meetings,
           (select count(*) from work_record_student s where s.record_id = r.id and s.student_id is null) as typed
    from work_record r
) t
group by t.month_key, t.counselor_id;

insert into work_month_student (month_key, counselor_id, student_id)
select distinct
       cast(extract(year from r.occurred_on) as integer) * 100 + cast(extract(month from r.occurred_on) as integer),
       r.counselor_id, s.student_id
from work_record r
join work_record_student s on s.record_id = r.id
where s.student_id is not null;

insert into work_month_follow_up (month_key, counselor_id, due_on, open_count)
select t.month_key, t.counselor_id, t.due_on, count(*)
from (
    select cast(extract(year from r.occurred_on) as integer) * 100 + cast(extract(month from r.occurred_on) as integer)
               as month_key,
           r.counselor_id, r.follow_up_on as due_on
    from work_record r
    where r.follow_up_on is not null and r.follow_up_done = false
) t
group by t.month_key, t.counselor_id, t.due_on;
