package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.Sheet;
import cn.huyang.assessment.SheetRow;
import cn.huyang.common.Coded;
import cn.huyang.common.IdNumber;
import cn.huyang.common.PhoneNumber;
import cn.huyang.common.Messages;
import cn.huyang.findings.FindingRegister;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import cn.huyang.policy.Policy;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.roster.StaffingRow;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.ComplianceRules;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerPage;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingService;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every table the user sees, to .xlsx: the roster, the training ledger, the training compliance,
 * the staffing ratio and the assessment results. Callers pass the rows as shown (filters and sort
 * applied); ID and phone numbers are masked unless {@code fullId}. Each export asks the user's
 * right first (full numbers too), keeps only the rows the user may see, and leaves one audit row.
 */
public class ExportService {
    static final int LEDGER_PAGE = 5000;

    private final RosterService roster;
    private final TrainingService training;
    private final AssessmentService assessment;
    private final Messages m;
    private final FindingRegister findings;
    private final ExportGuard guard;

    public ExportService(RosterService roster, TrainingService training, AssessmentService assessment,
                         FindingRegister findings, Messages messages, Access access) {
        this.findings = findings;
        this.guard = new ExportGuard(access);
        this.roster = roster;
        this.training = training;
        this.assessment = assessment;
        this.m = messages;
    }

    // ---- roster -------------------------------------------------------------------------------

    /** The whole roster, ordered by department then entry order: what the roster tab shows unfiltered. */
    public List<Counselor> rosterAsShown() {
        Map<Long, Department> depts = roster.departmentsById();
        List<Counselor> all = new ArrayList<>(roster.roster());
        all.sort(Comparator.comparing((Counselor c) -> {
            Department d = depts.get(c.departmentId());
            return d == null ? Integer.MAX_VALUE : d.sortOrder();
        }).thenComparing(Counselor::id));
        return all;
    }

    public int roster(Path file, List<Counselor> asked, boolean fullId) throws IOException {
        guard.begin(fullId);
        List<Counselor> rows = roster.visible(asked);
        Map<Long, String> names = roster.departmentNames();
        XlsxWriter.write(file, m.get("io.sheet.roster"), rosterColumns(names, fullId), rows);
        return guard.done("roster", file, rows.size(), fullId);
    }

    /** The 合规提示 as shown, with status and decision: only those the user may see. */
    public int findings(Path file, List<TrackedFinding> asked) throws IOException {
        guard.begin(false);
        List<TrackedFinding> rows = findings.visible(asked);
        FindingsExport.write(file, rows, m);
        return guard.done("findings", file, rows.size(), false);
    }

    /** The roster's columns, in the order of the import template (so an export imports back). */
    List<Column<Counselor>> rosterColumns(Map<Long, String> departments, boolean fullId) {
        return List.of(
                Column.text(m.get("field.name"), 10, Counselor::name),
                Column.text(m.get("field.gender"), 6, c -> label(c.gender())),
                Column.text(m.get("field.ethnicity"), 8, Counselor::ethnicity),
                Column.date(m.get("field.birthDate"), Counselor::birthDate),
                Column.text(m.get("field.idNumber"), 21, c -> fullId ? c.idNumber() : IdNumber.mask(c.idNumber())),
                Column.text(m.get("field.politicalStatus"), 12, c -> label(c.politicalStatus())),
                Column.text(m.get("field.education"), 12, c -> label(c.education())),
                Column.text(m.get("field.degree"), 8, c -> label(c.degree())),
                Column.text(m.get("field.major"), 16, Counselor::major),
                Column.text(m.get("field.department"), 14, c -> departments.get(c.departmentId())),
                Column.text(m.get("field.postType"), 8, c -> label(c.postType())),
                Column.text(m.get("field.position"), 14, c -> label(c.position())),
                Column.text(m.get("field.employmentForm"), 10, c -> label(c.employmentForm())),
                Column.date(m.get("field.entryDate"), Counselor::entryDate),
                Column.text(m.get("field.title"), 8, c -> label(c.title())),
                Column.date(m.get("field.titleDate"), Counselor::titleDate),
                Column.text(m.get("field.adminRank"), 10, Counselor::adminRank),
                Column.date(m.get("field.adminRankDate"), Counselor::adminRankDate),
                Column.text(m.get("field.phone"), 14, c -> fullId ? c.phone() : PhoneNumber.mask(c.phone())),
                Column.integer(m.get("field.studentsInCharge"), 8, Counselor::studentsInCharge),
                Column.text(m.get("field.classesInCharge"), 20, Counselor::classesInCharge),
                Column.text(m.get("field.dormitory"), 14, Counselor::dormitory),
                Column.text(m.get("field.status"), 8, c -> label(c.status())),
                Column.text(m.get("field.note"), 20, Counselor::note));
    }

    /**
     * A blank roster template: the roster's headers (without 状态, which the history keeps), one row
     * of examples, drop-down lists for the coded values and the departments, ID numbers as text.
     * The example row is passed over on import (its 备注 says it is the example).
     */
    public void rosterTemplate(Path file) throws IOException {
        List<Department> depts = roster.departments();
        long deptId = depts.isEmpty() ? -1L : depts.get(0).id();
        Map<Long, String> names = new java.util.HashMap<>(roster.departmentNames());
        names.putIfAbsent(deptId, m.get("io.template.exampleDepartment"));
        Counselor example = new Counselor(null, m.get("io.template.exampleName"), Gender.MALE, "汉族",
                LocalDate.of(1990, 5, 17), "652901199005170033", PoliticalStatus.CPC_MEMBER, Education.MASTER,
                Degree.MASTER, "思想政治教育", deptId, PostType.FULL_TIME, Position.COUNSELOR, EmploymentForm.CONTRACT,
                LocalDate.of(2015, 9, 1), TitleRank.LECTURER, LocalDate.of(2019, 12, 1), null, null, "13912345678", 200,
                "2024级计算机1班", "3号学生公寓", CounselorStatus.ACTIVE, m.get("io.template.exampleNote"));
        List<Column<Counselor>> cols = new ArrayList<>(rosterColumns(names, true));
        cols.removeIf(c -> c.header().equals(m.get("field.status")));
        Map<Integer, List<String>> lists = new java.util.HashMap<>();
        Map<String, Class<? extends Coded>> coded = Map.of("field.gender", Gender.class,
                "field.politicalStatus", PoliticalStatus.class, "field.education", Education.class,
                "field.degree", Degree.class, "field.postType", PostType.class, "field.position", Position.class,
                "field.employmentForm", EmploymentForm.class, "field.title", TitleRank.class);
        for (int i = 0; i < cols.size(); i++) {
            String header = cols.get(i).header();
            for (var e : coded.entrySet()) {
                if (header.equals(m.get(e.getKey()))) {
                    lists.put(i, java.util.Arrays.stream(e.getValue().getEnumConstants()).map(c -> c.label(m))
                            .toList());
                }
            }
            if (header.equals(m.get("field.department")) && !depts.isEmpty()) {
                lists.put(i, depts.stream().filter(Department::active).map(Department::name).toList());
            }
        }
        XlsxWriter.write(file, m.get("io.sheet.roster"), cols, List.of(example), lists);
    }

    /**
     * A blank training records template: the ledger's headers with 身份证号, one example row (passed
     * over on import), drop-down lists for the level, the category and the departments.
     */
    public void trainingTemplate(Path file) throws IOException {
        List<Department> depts = roster.departments();
        String dept = depts.isEmpty() ? m.get("io.template.exampleDepartment") : depts.get(0).name();
        Object[] example = {dept, m.get("io.template.exampleName"), "652901199005170033",
            m.get("io.template.exampleCourse"), m.get("io.template.exampleOrganiser"),
            cn.huyang.training.TrainingLevel.REGIONAL.label(m), cn.huyang.training.TrainingCategory.ROUTINE.label(m),
            LocalDate.of(2025, 7, 14), LocalDate.of(2025, 7, 18), new BigDecimal("32"), "XJ2025-0001",
            new BigDecimal("1200"), m.get("io.template.exampleNote")};
        List<Column<Object[]>> cols = new ArrayList<>();
        TrainingField[] fields = TrainingField.values();
        for (int i = 0; i < fields.length; i++) {
            int at = i;
            String header = m.get(fields[i].labelKey());
            cols.add(switch (fields[i]) {
                case START, END -> Column.date(header, r -> r[at]);
                case HOURS, COST -> Column.decimal(header, 10, r -> r[at]);
                case ID_NUMBER -> Column.text(header, 21, r -> r[at]);
                case COURSE, ORGANISER, NOTE -> Column.text(header, 24, r -> r[at]);
                default -> Column.text(header, 12, r -> r[at]);
            });
        }
        Map<Integer, List<String>> lists = new java.util.HashMap<>();
        lists.put(TrainingField.LEVEL.ordinal(), labels(cn.huyang.training.TrainingLevel.class));
        lists.put(TrainingField.CATEGORY.ordinal(), labels(cn.huyang.training.TrainingCategory.class));
        if (!depts.isEmpty()) {
            lists.put(TrainingField.DEPARTMENT.ordinal(),
                    depts.stream().filter(Department::active).map(Department::name).toList());
        }
        XlsxWriter.write(file, m.get("io.sheet.ledger"), cols, List.<Object[]>of(example), lists);
    }

    /**
     * A year's scores template: a row for every counselor on that year's assessment list (department,
     * name, ID number — masked unless {@code fullId}; the import matches a masked one by name and
     * department), a column per party, the bonus, and the veto items as a drop-down list.
     */
    public int scoresTemplate(Path file, int year, boolean fullId) throws IOException {
        guard.begin(fullId);
        Sheet sheet = assessment.sheet(year);
        List<Column<SheetRow>> cols = new ArrayList<>();
        cols.add(Column.text(m.get("field.department"), 14, SheetRow::department));
        cols.add(Column.text(m.get("field.name"), 10, r -> r.counselor().name()));
        cols.add(Column.text(m.get("field.idNumber"), 21,
                r -> fullId ? r.counselor().idNumber() : IdNumber.mask(r.counselor().idNumber())));
        for (Party p : Party.values()) {
            cols.add(Column.decimal(p.label(m), 10, r -> r.entry().score(p)));
        }
        cols.add(Column.decimal(m.get("assessment.column.bonus"), 8, r -> r.entry().bonus()));
        cols.add(Column.text(m.get("assessment.column.veto"), 24, r -> r.entry().veto()));
        Map<Integer, List<String>> lists = new java.util.HashMap<>();
        if (!sheet.scheme().vetoItems().isEmpty()
                && String.join(",", sheet.scheme().vetoItems()).length() <= 255) {
            lists.put(cols.size() - 1, sheet.scheme().vetoItems());
        }
        XlsxWriter.write(file, m.get("io.sheet.scores", year), cols, sheet.rows(), lists);
        return guard.done("scoresTemplate", file, sheet.rows().size(), fullId);
    }

    private List<String> labels(Class<? extends Coded> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.label(m)).toList();
    }

    // ---- training ledger ----------------------------------------------------------------------

    /** The ledger as the filter and sort select it, read page by page so memory stays bounded. */
    public int ledger(Path file, LedgerFilter filter, LedgerSort sort) throws IOException {
        guard.begin(false); // the ledger's pages are the user's department's for a department's user
        LedgerPages pages = new LedgerPages(filter, sort);
        XlsxWriter.write(file, m.get("io.sheet.ledger"), ledgerColumns(), pages);
        return guard.done("ledger", file, pages.count, false);
    }

    /** Some of the ledger's rows, as shown (导出所选行…), with the columns of the whole ledger's export. */
    public int ledger(Path file, List<LedgerRow> rows) throws IOException {
        guard.begin(false); // the rows chosen come from the ledger the user reads
        XlsxWriter.write(file, m.get("io.sheet.ledger"), ledgerColumns(), rows);
        return guard.done("ledger", file, rows.size(), false);
    }

    private List<Column<LedgerRow>> ledgerColumns() {
        return List.of(
                Column.text(m.get("field.department"), 14, LedgerRow::department),
                Column.text(m.get("field.name"), 10, LedgerRow::counselor),
                Column.text(m.get("field.course"), 30, LedgerRow::course),
                Column.text(m.get("field.organiser"), 20, LedgerRow::organiser),
                Column.text(m.get("field.trainingLevel"), 10, r -> label(r.level())),
                Column.text(m.get("field.trainingCategory"), 10, r -> label(r.category())),
                Column.date(m.get("field.startDate"), LedgerRow::startDate),
                Column.date(m.get("field.endDate"), LedgerRow::endDate),
                Column.decimal(m.get("field.hours"), 8, LedgerRow::hours),
                Column.text(m.get("field.certificateNo"), 16, LedgerRow::certificateNo),
                Column.decimal(m.get("field.cost"), 10, LedgerRow::cost),
                Column.text(m.get("field.note"), 20, LedgerRow::note));
    }

    private final class LedgerPages implements Iterable<LedgerRow> {
        private final LedgerFilter filter;
        private final LedgerSort sort;
        int count;

        LedgerPages(LedgerFilter filter, LedgerSort sort) {
            this.filter = filter;
            this.sort = sort;
        }

        @Override
        public Iterator<LedgerRow> iterator() {
            return new Iterator<>() {
                List<LedgerRow> page = List.of();
                int index;
                int offset;
                boolean done;

                @Override
                public boolean hasNext() {
                    if (index < page.size()) {
                        return true;
                    }
                    if (done) {
                        return false;
                    }
                    LedgerPage p = training.page(filter, sort, offset, LEDGER_PAGE);
                    page = p.rows();
                    index = 0;
                    offset += page.size();
                    done = page.size() < LEDGER_PAGE || offset >= p.total();
                    return !page.isEmpty();
                }

                @Override
                public LedgerRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    count++;
                    return page.get(index++);
                }
            };
        }
    }

    // ---- compliance, ratio, assessment --------------------------------------------------------

    public int compliance(Path file, int year) throws IOException {
        return compliance(file, year, training.compliance(year));
    }

    /** The year's rows as shown; the headers name the hours and window years in force that year. */
    public int compliance(Path file, int year, List<ComplianceRow> asked) throws IOException {
        guard.begin(false);
        List<ComplianceRow> rows = asked.stream().filter(r -> guard.access().guard().sees(r.departmentId())).toList();
        Policy p = training.policy(year);
        String hours = ComplianceRules.plain(p.schoolHoursPerYear());
        String window = String.valueOf(p.higherLevelWindowYears());
        List<Column<ComplianceRow>> cols = List.of(
                Column.text(m.get("field.department"), 14, ComplianceRow::department),
                Column.text(m.get("field.name"), 10, ComplianceRow::name),
                Column.text(m.get("compliance.col.period"), 10,
                        r -> m.get(r.partialYear() ? "compliance.partial" : "compliance.fullYear")),
                Column.decimal(m.get("compliance.col.schoolHours"), 10, ComplianceRow::schoolHours),
                Column.decimal(m.get("compliance.col.shortfall", hours, window), 8, ComplianceRow::shortfall),
                Column.date(m.get("compliance.col.lastHigher"), ComplianceRow::lastHigher),
                Column.text(m.get("compliance.col.higher", hours, window), 12, r -> label(r.higher())),
                Column.text(m.get("compliance.col.preService"), 12, r -> label(r.preService())));
        XlsxWriter.write(file, m.get("io.sheet.compliance"), cols, rows);
        return guard.done("compliance", file, rows.size(), false);
    }

    public int ratio(Path file, int year) throws IOException {
        guard.begin(false);
        StaffingRatio ratio = roster.staffingRatio(year);
        List<StaffingRow> rows = new ArrayList<>(ratio.departments());
        rows.removeIf(r -> !guard.access().guard().sees(r.departmentId()));
        rows.add(ratio.college()); // the college's line is everyone's
        List<Column<StaffingRow>> cols = List.of(
                Column.text(m.get("ratio.department"), 16, StaffingRow::department),
                Column.integer(m.get("field.students"), 10, StaffingRow::students),
                Column.integer(m.get("ratio.fullTime"), 8, StaffingRow::fullTime),
                Column.integer(m.get("ratio.partTime"), 8, StaffingRow::partTime),
                Column.decimal(m.get("ratio.effective"), 10, r -> two(r.effective())),
                Column.integer(m.get("ratio.required"), 10, StaffingRow::required),
                Column.decimal(m.get("ratio.shortfall"), 8, r -> two(r.shortfall())));
        XlsxWriter.write(file, m.get("io.sheet.ratio", year), cols, rows);
        return guard.done("ratio", file, rows.size(), false);
    }

    /** A year's assessment: each party's score, bonus, total, rank and the grade that stands. */
    public int scores(Path file, int year, boolean fullId) throws IOException {
        return scores(file, year, assessment.sheet(year).rows(), fullId);
    }

    /** The year's assessment rows as shown (a department chosen, the table sorted). */
    public int scores(Path file, int year, List<SheetRow> asked, boolean fullId) throws IOException {
        guard.begin(fullId);
        List<SheetRow> rows = new ArrayList<>(asked.size());
        for (SheetRow r : asked) {
            roster.visible(List.of(r.counselor())).forEach(c -> rows.add(new SheetRow(c, r.department(), r.entry(),
                    r.result())));
        }
        List<Column<SheetRow>> cols = new ArrayList<>();
        cols.add(Column.text(m.get("field.department"), 14, SheetRow::department));
        cols.add(Column.text(m.get("field.name"), 10, r -> r.counselor().name()));
        cols.add(Column.text(m.get("field.idNumber"), 21,
                r -> fullId ? r.counselor().idNumber() : IdNumber.mask(r.counselor().idNumber())));
        for (Party p : Party.values()) {
            cols.add(Column.decimal(p.label(m), 10, r -> r.entry().score(p)));
        }
        cols.add(Column.decimal(m.get("assessment.column.bonus"), 8, r -> r.entry().bonus()));
        cols.add(Column.text(m.get("assessment.column.veto"), 16, r -> r.entry().veto()));
        cols.add(Column.decimal(m.get("assessment.column.total"), 8, r -> r.result().total()));
        cols.add(Column.integer(m.get("assessment.column.rank"), 6, r -> r.result().rank()));
        cols.add(Column.text(m.get("assessment.column.grade"), 8, r -> label(r.result().grade())));
        XlsxWriter.write(file, m.get("io.sheet.scores", year), cols, rows);
        return guard.done("scores", file, rows.size(), fullId);
    }

    private String label(Coded c) {
        return c == null ? null : c.label(m);
    }

    private static BigDecimal two(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
