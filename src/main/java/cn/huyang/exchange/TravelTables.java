package cn.huyang.exchange;

import static cn.huyang.exchange.TravelColumn.department;
import static cn.huyang.exchange.TravelColumn.plain;
import static cn.huyang.exchange.TravelColumn.ref;
import static cn.huyang.exchange.TravelColumn.sealed;

import cn.huyang.exchange.TravelTable.Owner;
import cn.huyang.exchange.TravelTable.SealId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The travelling tables in the order a package is applied (a row's references come before it), with
 * the columns that travel. Not travelling: numeric ids, row_version, change_seq, created/updated
 * times kept by each database, derived columns (a session's attendee count and hours, which every
 * database derives from its own records), and a promotion's title application (the office's own).
 */
final class TravelTables {
    /** The lines of a work record: a table of their own in the package, applied with their record. */
    static final String LINES = "work_record_student";
    /** The deletions: uid, entity, deleted_at, deleted_by. */
    static final String TOMBSTONES = "tombstone";
    /** An office package's department (the one it is for): code, name, sort_order, active. */
    static final String DEPARTMENTS = "department";
    static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name", "sort_order", "active");
    /** A new PC's accounts in an office package: its 系部 users and counselors, who set their passwords there. */
    static final String ACCOUNTS = "account";
    static final List<String> ACCOUNT_COLUMNS = List.of("user_name", "display_name", "role", "department_code",
            "counselor_uid");
    static final List<String> LINE_COLUMNS = List.of("record_uid", "seq_no", "student_uid", "name");
    static final List<String> TOMBSTONE_COLUMNS = List.of("uid", "entity", "deleted_at", "deleted_by");
    /** The tables a counselor's own package may hold (their work records and journals, their students' files). */
    static final Set<String> COUNSELOR_TABLES = Set.of("student", "student_file_part", "student_attention",
            "work_record", "work_journal");

    static final List<TravelTable> ALL = List.of(
            new TravelTable("counselor", true, List.of(plain("name"), plain("gender"), plain("ethnicity"),
                    plain("birth_date"), plain("id_number"), plain("political_status"), plain("education"),
                    plain("degree"), plain("major"), department(), plain("post_type"), plain("position"),
                    plain("employment_form"), plain("entry_date"), plain("title"), plain("title_date"),
                    plain("admin_rank"), plain("admin_rank_date"), plain("phone"), plain("students_in_charge"),
                    plain("classes_in_charge"), plain("dormitory"), plain("status"), plain("note")),
                    Owner.SELF, SealId.ID),
            new TravelTable("roster_event", true, List.of(ref("counselor_id", "counselor"), plain("kind"),
                    plain("event_date"), plain("reason")), Owner.COUNSELOR, SealId.ID),
            new TravelTable("training_session", true, List.of(plain("course"), plain("organiser"),
                    plain("training_level"), plain("category"), plain("start_date"), plain("end_date"), plain("hours"),
                    plain("cost_per_person"), plain("note")), Owner.SHARED, SealId.ID),
            new TravelTable("training_record", true, List.of(ref("session_id", "training_session"),
                    ref("counselor_id", "counselor"), plain("start_date"), plain("hours"), plain("certificate_no"),
                    plain("note")), Owner.COUNSELOR, SealId.ID),
            new TravelTable("assessment_entry", false, List.of(plain("assess_year"), ref("counselor_id", "counselor"),
                    plain("score_office"), plain("score_branch"), plain("score_students"), plain("score_personnel"),
                    plain("bonus"), plain("veto"), plain("summary"), plain("override_grade"), plain("override_reason"),
                    plain("review_requested"), plain("review_reason"), plain("review_outcome"), plain("review_note")),
                    Owner.COUNSELOR, SealId.ID),
            new TravelTable("promotion", true, List.of(ref("counselor_id", "counselor"), plain("track"),
                    plain("grade_name"), plain("series"), plain("obtained_on"), plain("document_no")),
                    Owner.COUNSELOR, SealId.ID),
            new TravelTable("research_output", true, List.of(ref("counselor_id", "counselor"), plain("kind"),
                    plain("caption"), plain("output_year"), plain("output_level"), plain("author_role"), plain("note")),
                    Owner.COUNSELOR, SealId.ID),
            new TravelTable("teaching_assignment", true, List.of(ref("counselor_id", "counselor"),
                    plain("school_year"), plain("term"), plain("course"), plain("hours")), Owner.COUNSELOR, SealId.ID),
            new TravelTable("service_record", true, List.of(ref("counselor_id", "counselor"), plain("service_role"),
                    plain("start_date"), plain("end_date"), plain("class_name"), plain("competent")),
                    Owner.COUNSELOR, SealId.ID),
            new TravelTable("student", true, List.of(plain("student_no"), plain("name"), plain("gender"),
                    plain("ethnicity"), plain("class_name"), department(), plain("dormitory"), sealed("phone"),
                    sealed("parent_contact"), ref("counselor_id", "counselor")), Owner.SELF, SealId.ID),
            new TravelTable("student_file_part", false, List.of(ref("student_id", "student"), plain("part"),
                    sealed("body"), plain("updated_by")), Owner.STUDENT, SealId.STUDENT_PART),
            new TravelTable("student_attention", true, List.of(ref("student_id", "student"), plain("category"),
                    plain("contact_level"), sealed("reason"), sealed("measures"), ref("counselor_id", "counselor"),
                    plain("started_on"), plain("status"), plain("released_on"), sealed("release_reason")),
                    Owner.STUDENT, SealId.ID),
            new TravelTable("work_record", true, List.of(ref("counselor_id", "counselor"), plain("kind"),
                    plain("occurred_on"), plain("occurred_at"), plain("place"), plain("class_name"), plain("category"),
                    plain("follow_up_on"), plain("follow_up_done"), plain("confidential"), sealed("body"),
                    plain("students_count"), plain("created_at"), plain("created_by")), Owner.COUNSELOR, SealId.ID),
            new TravelTable("work_journal", true, List.of(ref("counselor_id", "counselor"), plain("week_start"),
                    sealed("entries"), plain("submitted_at"), plain("reviewed_at"), plain("reviewed_by"),
                    plain("review_comment")), Owner.COUNSELOR, SealId.ID));

    private static final Map<String, TravelTable> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(TravelTable::name, Function.identity()));

    private TravelTables() {
    }

    /** The travelling table of that name, or null. */
    static TravelTable named(String name) {
        return BY_NAME.get(name);
    }

    /** Whether a user of that role may send rows of the table (an administrator, the office and 系部: every table). */
    static boolean sendable(cn.huyang.access.Role role, String table) {
        return role != cn.huyang.access.Role.COUNSELOR || COUNSELOR_TABLES.contains(table)
                || table.equals(LINES) || table.equals(TOMBSTONES);
    }
}
