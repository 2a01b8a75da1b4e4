package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.common.Coded;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingTexts;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.common.SameNames;
import cn.huyang.findings.FindingRegister;
import cn.huyang.findings.FindingStatus;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.policy.Policy;
import cn.huyang.print.PrintedList;
import cn.huyang.print.PrintedList.Column;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.StaffingRatio;
import cn.huyang.roster.StaffingRow;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.ComplianceRules;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerPage;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The lists the screens show, ready to print (打印…): the year's training compliance, the ledger as
 * its filter and sort select it, the staffing table and the findings. Each is built from the rows as
 * the screen shows them (or, for the ledger, its filter and sort, read page by page) and keeps only
 * what the user may see, as the exports do; the filter goes in words under the title.
 */
public class PrintedLists {
    static final int LEDGER_PAGE = 2000;
    /** A name column's widest: a name with the ID number's last four on one line. */
    static final double NAME_MM = 48;

    private final RosterService roster;
    private final TrainingService training;
    private final FindingRegister findings;
    private final Messages m;
    private final Access access;

    public PrintedLists(RosterService roster, TrainingService training, FindingRegister findings, Messages messages,
                        Access access) {
        this.roster = roster;
        this.training = training;
        this.findings = findings;
        this.m = messages;
        this.access = access;
    }

    private String today() {
        return training.today().toString();
    }

    // ---- training compliance ------------------------------------------------------------------

    /**
     * The year's compliance as shown: the rows in the table's order ({@code onlyShort} and the name
     * typed are what narrowed them), only those of departments the user sees.
     */
    public PrintedList compliance(int year, List<ComplianceRow> shown, boolean onlyShort, String nameTyped) {
        Policy p = training.policy(year);
        String hours = ComplianceRules.plain(p.schoolHoursPerYear());
        String window = String.valueOf(p.higherLevelWindowYears());
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceRow r : shown) {
            if (!access.guard().sees(r.departmentId())) {
                continue;
            }
            rows.add(List.of(or(r.department()), SameNames.shown(m, r.name(), r.idTail()),
                    m.get(r.partialYear() ? "compliance.partial" : "compliance.fullYear"),
                    ComplianceRules.plain(r.schoolHours()), ComplianceRules.plain(r.shortfall()),
                    r.lastHigher() == null ? m.get("compliance.never") : r.lastHigher().toString(),
                    status(r.higher(), m.get("compliance.notDue.higher", hours, window)),
                    status(r.preService(), m.get("compliance.notDue.preService"))));
        }
        List<Column> cols = List.of(Column.centred(m.get("field.department")),
                Column.centred(m.get("field.name"), NAME_MM),
                Column.centred(m.get("compliance.col.period")),
                Column.centred(m.get("compliance.col.schoolHours", hours, window)),
                Column.centred(m.get("compliance.col.shortfall", hours, window)),
                Column.centred(m.get("compliance.col.lastHigher", hours, window)),
                Column.centred(m.get("compliance.col.higher", hours, window)),
                Column.centred(m.get("compliance.col.preService", hours, window)));
        StringJoiner filter = joiner();
        filter.add(m.get("training.yearLabel", year));
        filter.add(m.get(onlyShort ? "compliance.onlyShort" : "print.list.compliance.everyone"));
        boolean narrowed = onlyShort;
        if (nameTyped != null && !nameTyped.isBlank()) {
            filter.add(m.get("print.list.nameContains", nameTyped.strip()));
            narrowed = true;
        }
        return new PrintedList(m.get("print.list.compliance.title", year), filter.toString(), today(),
                List.of(m.get("print.list.compliance.rule", hours, window)), cols, rows,
                m.get(narrowed ? "print.list.empty" : "compliance.table.empty"),
                m.get("print.list.compliance.title", year));
    }

    private String status(ComplianceRow.Status s, String notDue) {
        return s == null ? "" : s == ComplianceRow.Status.NOT_DUE ? notDue : s.label(m);
    }

    // ---- training ledger ----------------------------------------------------------------------

    /** The ledger as the filter and sort select it (every page of it), the user's department's for its users. */
    public PrintedList ledger(LedgerFilter filter, LedgerSort sort, Progress progress) {
        List<List<String>> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            LedgerPage page = training.page(filter, sort, offset, LEDGER_PAGE);
            for (LedgerRow r : page.rows()) {
                rows.add(ledgerRow(r));
            }
            offset += page.rows().size();
            progress.update(offset, Math.max(offset, page.total()));
            if (page.rows().size() < LEDGER_PAGE || offset >= page.total()) {
                break;
            }
        }
        List<Column> cols = List.of(Column.centred(m.get("field.name"), NAME_MM),
                Column.centred(m.get("field.department")),
                Column.text(m.get("field.course"), 60), Column.text(m.get("field.organiser"), 36),
                Column.centred(m.get("field.trainingLevel")), Column.centred(m.get("field.trainingCategory")),
                Column.centred(m.get("field.startDate")), Column.centred(m.get("field.endDate")),
                Column.centred(m.get("field.hours")), Column.centred(m.get("field.certificateNo")),
                Column.centred(m.get("field.cost")), Column.text(m.get("field.note"), 36),
                Column.centred(m.get("training.col.attendees")));
        String title = m.get("print.list.ledger.title");
        return new PrintedList(title, describe(filter, sort), today(), List.of(), cols, rows,
                m.get("training.table.empty"), title);
    }

    private List<String> ledgerRow(LedgerRow r) {
        return List.of(SameNames.shown(m, r.counselor(), r.idTail()), or(r.department()), or(r.course()),
                or(r.organiser()), label(r.level()), label(r.category()), date(r.startDate()), date(r.endDate()),
                number(r.hours()), or(r.certificateNo()), number(r.cost()), or(r.note()),
                String.valueOf(r.attendees()));
    }

    /** The ledger's filter and sort in words: 2025 年；全部级别；…；按开始日期降序. */
    String describe(LedgerFilter f, LedgerSort sort) {
        StringJoiner out = joiner();
        out.add(f.year() == null ? m.get("training.filter.allYears") : m.get("training.yearLabel", f.year()));
        out.add(f.level() == null ? m.get("training.filter.allLevels") : label(f.level()));
        out.add(f.category() == null ? m.get("training.filter.allCategories") : label(f.category()));
        out.add(f.departmentId() == null ? m.get("training.filter.allDepartments")
                : or(roster.departmentNames().get(f.departmentId())));
        if (f.counselor() != null) {
            out.add(m.get("print.list.ledger.counselor", f.counselor()));
        }
        if (f.search() != null) {
            out.add(m.get("print.list.ledger.search", f.search()));
        }
        LedgerSort s = sort == null ? LedgerSort.NEWEST_FIRST : sort;
        out.add(m.get(s.ascending() ? "print.list.sortUp" : "print.list.sortDown", m.get(sortKey(s.column()))));
        return out.toString();
    }

    private static String sortKey(LedgerSort.Column c) {
        return switch (c) {
            case COUNSELOR -> "field.name";
            case DEPARTMENT -> "field.department";
            case COURSE -> "field.course";
            case ORGANISER -> "field.organiser";
            case LEVEL -> "field.trainingLevel";
            case CATEGORY -> "field.trainingCategory";
            case START_DATE -> "field.startDate";
            case END_DATE -> "field.endDate";
            case HOURS -> "field.hours";
            case CERTIFICATE -> "field.certificateNo";
            case COST -> "field.cost";
        };
    }

    // ---- staffing ratio -----------------------------------------------------------------------

    /** The year's staffing table: the departments the user sees, and the college's line last. */
    public PrintedList ratio(int year) {
        StaffingRatio ratio = roster.staffingRatio(year);
        List<List<String>> rows = new ArrayList<>();
        for (StaffingRow r : ratio.departments()) {
            if (access.guard().sees(r.departmentId())) {
                rows.add(ratioRow(r));
            }
        }
        rows.add(ratioRow(ratio.college()));
        List<Column> cols = List.of(Column.text(m.get("ratio.department"), 50), Column.centred(m.get("field.students")),
                Column.centred(m.get("ratio.fullTime")), Column.centred(m.get("ratio.partTime")),
                Column.centred(m.get("ratio.effective")), Column.centred(m.get("ratio.required")),
                Column.centred(m.get("ratio.shortfall")));
        String title = m.get("print.list.ratio.title", year);
        return new PrintedList(title, m.get("print.list.ratio.subtitle", ratio.referenceDate().toString()), today(),
                List.of(m.get("ratio.rule", String.valueOf(ratio.studentsPerCounselor()),
                        ratio.partTimeWeight().toString())), cols, rows, m.get("ratio.empty"), title);
    }

    private List<String> ratioRow(StaffingRow r) {
        String shortfall = r.students() == 0 ? m.get("ratio.noStudents")
                : r.isShort() ? String.format(Locale.ROOT, "%.2f", r.shortfall()) : m.get("ratio.met");
        return List.of(or(r.department()), String.valueOf(r.students()), String.valueOf(r.fullTime()),
                String.valueOf(r.partTime()), String.format(Locale.ROOT, "%.2f", r.effective()),
                String.valueOf(r.required()), shortfall);
    }

    // ---- findings -----------------------------------------------------------------------------

    /**
     * The year's findings as shown (its status, severity, clause and department chosen; null for
     * 全部), in the table's order, only those the user may see.
     */
    public PrintedList findings(int year, List<TrackedFinding> shown, FindingStatus status, Finding.Severity severity,
                                String clause, String department) {
        List<List<String>> rows = new ArrayList<>();
        for (TrackedFinding t : findings.visible(shown)) {
            Finding f = t.finding();
            rows.add(List.of(t.status().label(m) + (t.carried() ? m.get("findings.carriedMark") : ""),
                    f.severity().label(m), or(f.clause()),
                    f.year() == null ? m.get("findings.present") : String.valueOf(f.year()), or(f.department()),
                    or(f.counselor()), or(f.message()), FindingTexts.params(f, m),
                    t.decision() == null ? "" : t.decision().decision().line(m)));
        }
        List<Column> cols = List.of(Column.centred(m.get("findings.col.status")),
                Column.centred(m.get("findings.col.severity")), Column.centred(m.get("findings.col.clause")),
                Column.centred(m.get("findings.col.year")), Column.centred(m.get("field.department")),
                Column.centred(m.get("field.name"), NAME_MM), Column.text(m.get("findings.col.message"), 90),
                Column.text(m.get("findings.col.params"), 40), Column.text(m.get("findings.col.decision"), 50));
        StringJoiner filter = joiner();
        filter.add(m.get("findings.yearLabel", year));
        filter.add(item("findings.status", status == null ? null : status.label(m)));
        filter.add(item("findings.severity", severity == null ? null : severity.label(m)));
        filter.add(item("findings.clause", clause == null ? null : m.get("findings.clauseLabel", clause)));
        filter.add(item("field.department", department));
        String title = m.get(status == FindingStatus.OPEN ? "print.list.findings.openTitle"
                : "print.list.findings.title", year);
        return new PrintedList(title, filter.toString(), today(), List.of(), cols, rows, m.get("findings.none"), title);
    }

    private String item(String labelKey, String value) {
        return m.get("print.list.filterItem", m.get(labelKey), value == null ? m.get("findings.all") : value);
    }

    // ---- texts ----------------------------------------------------------------------------------

    private StringJoiner joiner() {
        return new StringJoiner(m.get("print.list.separator"));
    }

    private String label(Coded c) {
        return c == null ? "" : c.label(m);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(BigDecimal v) {
        return v == null ? "" : ComplianceRules.plain(v);
    }
}
