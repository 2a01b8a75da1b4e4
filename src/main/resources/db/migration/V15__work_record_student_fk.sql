-- A student named in a work record refers to the student list (一人一档) by a foreign key (issue 17):
-- a student removed from the list keeps the talk — the line's student_id is set to null and the line
-- keeps the student's name (sealed), as a student typed by name. Ids naming no student of the list
-- (records written before the list was imported) become such typed lines first. Plain SQL that
-- PostgreSQL accepts too.
update work_record_student set student_id = null
    where student_id is not null and student_id not in (select id from student);

alter table work_record_student add constraint fk_work_record_student_student
    foreign key (student_id) references student (id) on delete set null;
