package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.RosterService;
import cn.huyang.students.Student;
import cn.huyang.students.StudentService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Brings a student list in (学号, 姓名, 性别, 民族, 班级, 系部, 宿舍, 联系电话, 家长联系方式, 辅导员 by ID number
 * or name). The file is read whole and every row checked with the student list's own rules first; a 学号
 * already stored is an update. With any refusal (naming the row and the column) nothing is written;
 * otherwise the before-import backup, then every student in one transaction with one audit row.
 */
public class StudentImportService {
    private final StudentService students;
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final Messages m;
    private final Access access;

    public StudentImportService(StudentService students, RosterService roster, Transactor tx, Backups backups,
                                Messages messages, Access access) {
        this.students = students;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
        this.m = messages;
        this.access = access;
    }

    public StudentImportPreview preview(Path file, String sheet, BooleanSupplier cancelled) {
        Planner planner = new Planner();
        HeaderedRows<StudentField> rows = new HeaderedRows<>(StudentField.class, StudentField.STUDENT_NO, 3,
                List.of(StudentField.STUDENT_NO, StudentField.NAME, StudentField.CLASS_NAME, StudentField.DEPARTMENT),
                null, m, planner);
        SpreadsheetReader.read(file, sheet, rows, cancelled);
        rows.requireHeader();
        return new StudentImportPreview(planner.planned, planner.refused);
    }

    private final class Planner implements HeaderedRows.Rows<StudentField> {
        private final CodedValues coded = new CodedValues();
        private final Map<String, Long> departments = new HashMap<>();
        private final Map<String, Counselor> byId = new HashMap<>();
        private final Map<String, List<Counselor>> byName = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final String example = cn.huyang.common.Text.clean(cn.huyang.common.Text.halfWidth(
                m.get("io.template.exampleName")));
        final List<StudentImportPreview.Row> planned = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();
        private final StudentService.Checker checker = students.checker();

        Planner() {
            for (Department d : roster.departments()) {
                departments.put(d.name(), d.id());
                departments.put(d.code(), d.id());
            }
            for (Counselor c : roster.counselors()) {
                byId.put(c.idNumber(), c);
                byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            }
        }

        @Override
        public void row(int number, HeaderedRows.Cells<StudentField> cells) {
            if (cells.blank() || example.equals(cells.text(StudentField.NAME))) {
                return; // a blank row, or the template's example row
            }
            List<Refusal> problems = new ArrayList<>();
            String no = cells.text(StudentField.STUDENT_NO);
            Gender gender = null;
            String g = cells.text(StudentField.GENDER);
            if (g != null) {
                gender = coded.parse(Gender.class, g).orElse(null);
                if (gender == null) {
                    problems.add(cells.refuse(StudentField.GENDER, m.get("validation.unknownValue", g)));
                }
            }
            Long dept = null;
            String deptName = cells.text(StudentField.DEPARTMENT);
            if (deptName != null) {
                dept = departments.get(deptName);
                if (dept == null) {
                    problems.add(cells.refuse(StudentField.DEPARTMENT, m.get("students.import.noDepartment", deptName)));
                }
            }
            Long counselor = counselor(cells, problems);
            if (!problems.isEmpty()) {
                refused.addAll(problems);
                return;
            }
            Optional<Student> stored = no == null ? Optional.empty() : students.byNumber(no.toUpperCase(java.util.Locale.ROOT));
            Student s = new Student(stored.map(Student::id).orElse(null), no, cells.text(StudentField.NAME), gender,
                    cells.text(StudentField.ETHNICITY), cells.text(StudentField.CLASS_NAME), dept,
                    cells.freeText(StudentField.DORMITORY), cells.text(StudentField.PHONE),
                    cells.freeText(StudentField.PARENT_CONTACT), counselor, stored.map(Student::version).orElse(0));
            List<FieldError> errors = checker.check(s);
            if (!errors.isEmpty()) {
                for (FieldError fe : errors) {
                    refused.add(cells.refuse(field(fe.field()), m.get(fe.messageKey(), fe.args().toArray())));
                }
                return;
            }
            Integer earlier = seen.putIfAbsent(s.studentNo() == null ? "" : s.studentNo().toUpperCase(java.util.Locale.ROOT), number);
            if (earlier != null) {
                refused.add(cells.refuse(StudentField.STUDENT_NO, m.get("students.import.twice", earlier)));
                return;
            }
            planned.add(new StudentImportPreview.Row(number, s, stored.isPresent()));
        }

        /** The counselor named by ID number or by name (unique); null when the column is blank. */
        private Long counselor(HeaderedRows.Cells<StudentField> cells, List<Refusal> problems) {
            String text = cells.text(StudentField.COUNSELOR);
            if (text == null) {
                return null;
            }
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            if (upper.matches("\\d{17}[\\dX]")) {
                Counselor c = byId.get(upper);
                if (c == null) {
                    problems.add(cells.refuse(StudentField.COUNSELOR, m.get("io.refuse.noSuchId")));
                    return null;
                }
                return c.id();
            }
            List<Counselor> named = byName.getOrDefault(text, List.of());
            if (named.isEmpty()) {
                problems.add(cells.refuse(StudentField.COUNSELOR, m.get("io.refuse.noSuchName", text)));
                return null;
            }
            if (named.size() > 1) {
                problems.add(cells.refuse(StudentField.COUNSELOR, m.get("students.import.ambiguous", text,
                        named.size())));
                return null;
            }
            return named.get(0).id();
        }

        private StudentField field(String labelKey) {
            for (StudentField f : StudentField.values()) {
                if (f.labelKey().equals(labelKey)) {
                    return f;
                }
            }
            return StudentField.STUDENT_NO;
        }
    }

    /**
     * Writes a preview with no refusal (a preview with any is refused whole: nothing is written): asks the
     * right to edit every student first, then the before-import backup, then all in one transaction and its
     * one audit row.
     */
    public ImportOutcome apply(StudentImportPreview preview) {
        ImportAudit.require(access);
        if (preview.hasRefusals()) {
            throw new IllegalStateException("the preview has refused rows: a student list goes in whole or not at all");
        }
        for (StudentImportPreview.Row r : preview.rows()) {
            access.guard().require(Operation.STUDENTS_EDIT, r.student().departmentId(), r.student().counselorId());
        }
        if (preview.rows().isEmpty()) {
            return new ImportOutcome(0, 0, 0, 0, 0, 0, null);
        }
        String backup = ImportOutcome.backupName(backups.beforeBulkImport());
        int created = (int) preview.created();
        int updated = (int) preview.updated();
        tx.inTransactionWriting(preview.rows().size(), () -> ImportAudit.asOne(access, "student", () -> {
            students.saveAll(preview.rows().stream().map(StudentImportPreview.Row::student).toList());
            return preview.rows().size();
        }, n -> Map.of("created", created, "updated", updated)));
        return new ImportOutcome(created, updated, 0, 0, 0, 0, backup);
    }
}
