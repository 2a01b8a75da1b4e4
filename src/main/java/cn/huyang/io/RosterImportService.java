package cn.huyang.io;

import cn.huyang.common.Coded;
import cn.huyang.common.Dates;
import cn.huyang.common.FieldError;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.io.PlannedRow.Action;
import cn.huyang.io.PlannedRow.Change;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorValidator;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Department;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Ethnicities;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TitleRank;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Brings a roster file in: reads the sheet (streamed), finds the header row below any title rows,
 * maps the columns by their Chinese headers, reads each value as offices type it, checks each
 * counselor with the roster's own rules, and plans every row (new, update, unchanged, skip) with
 * every refusal listed — {@link #preview}. {@link #apply} then makes the before-import backup and
 * writes the plan in one transaction: all or nothing.
 */
public class RosterImportService {
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final Messages m;
    private final CodedValues coded = new CodedValues();

    private final cn.huyang.access.Access access;

    public RosterImportService(RosterService roster, Transactor tx, Backups backups, Messages messages,
                               cn.huyang.access.Access access) {
        this.access = access;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
        this.m = messages;
    }

    public List<String> sheets(Path file) {
        return SpreadsheetReader.sheets(file);
    }

    // ---- preview ------------------------------------------------------------------------------

    public RosterImportPreview preview(Path file, ImportOptions options, BooleanSupplier cancelled) {
        Planner planner = new Planner(options);
        HeaderedRows<RosterField> rows = new HeaderedRows<>(RosterField.class, RosterField.NAME, 3,
                List.of(RosterField.NAME, RosterField.ID_NUMBER), options.mapping(), m, planner);
        planner.sheet = rows;
        SpreadsheetReader.read(file, options.sheet(), rows, cancelled);
        rows.requireHeader();
        String sheet = options.sheet() != null ? options.sheet() : firstSheet(file);
        return new RosterImportPreview(file, sheet, rows.headerRow(), rows.columns(), planner.planned,
                planner.refused, new ArrayList<>(planner.newDepartments.keySet()), options);
    }

    private static String firstSheet(Path file) {
        List<String> sheets = SpreadsheetReader.sheets(file);
        return sheets.isEmpty() ? null : sheets.get(0);
    }

    /** Plans each row below the header as it streams by. */
    private final class Planner implements HeaderedRows.Rows<RosterField> {
        private final ImportOptions options;
        private final Map<String, Counselor> stored = new HashMap<>();
        private final Map<String, Long> departments = new HashMap<>();
        private final Map<String, Long> newDepartments = new LinkedHashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final LocalDate today = roster.today();
        private final String exampleNote = m.get("io.template.exampleNote");
        final List<PlannedRow> planned = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();
        HeaderedRows<RosterField> sheet;
        private List<ImportColumn<RosterField>> columns;

        Planner(ImportOptions options) {
            this.options = options;
            for (Counselor c : roster.counselors()) {
                stored.put(c.idNumber(), c);
            }
            for (Department d : roster.departments()) {
                departments.put(d.name(), d.id());
                departments.putIfAbsent(d.code(), d.id());
            }
        }

        @Override
        public void row(int number, HeaderedRows.Cells<RosterField> cells) {
            if (columns == null) {
                columns = sheet.columns();
            }
            plan(number, cells.raw());
        }

        private void plan(int row, List<CellValue> cells) {
            List<Refusal> problems = new ArrayList<>();
            Map<RosterField, ImportColumn<RosterField>> byField = new EnumMap<>(RosterField.class);
            for (ImportColumn<RosterField> c : columns) {
                if (c.mapped()) {
                    byField.put(c.field(), c);
                }
            }
            ImportColumn<RosterField> note = byField.get(RosterField.NOTE);
            if (note != null && exampleNote.equals(Text.clean(cell(cells, note.index()).shown()))) {
                return; // the template's example row
            }
            ImportColumn<RosterField> idColumn = byField.get(RosterField.ID_NUMBER);
            CellValue idCell = cell(cells, idColumn.index());
            String id = idNumber(row, idColumn, idCell, problems);
            Counselor existing = id == null ? null : stored.get(id);
            if (id != null && seen.containsKey(id)) {
                problems.add(refusal(row, idColumn, idCell, m.get("io.refuse.duplicateInFile", seen.get(id))));
            } else if (id != null) {
                seen.put(id, row);
            }
            if (existing != null && !options.update()) {
                if (problems.isEmpty()) {
                    planned.add(new PlannedRow(row, Action.SKIP, existing, List.of()));
                } else {
                    refused.addAll(problems);
                }
                return;
            }
            Draft d = existing != null ? Draft.of(existing) : new Draft();
            boolean birthMonthOnly = false;
            for (ImportColumn<RosterField> col : columns) {
                if (!col.mapped() || col.field() == RosterField.ID_NUMBER) {
                    continue;
                }
                CellValue v = cell(cells, col.index());
                if (v.isBlank() || col.field().kind() == RosterField.Kind.IGNORED) {
                    continue; // a blank cell leaves a stored value as it is
                }
                Object value = read(row, col, v, problems);
                if (value != null) {
                    col.field().set(d, value);
                    if (col.field() == RosterField.BIRTH_DATE && isMonthOnly(v)) {
                        birthMonthOnly = true;
                    }
                }
            }
            d.idNumber = id != null ? id : IdNumber.normalize(idCell.shown());
            if (birthMonthOnly && d.birthDate != null && id != null && IdNumber.isValid(id, today)) {
                LocalDate fromId = IdNumber.birthDateOf(id).orElseThrow();
                if (fromId.withDayOfMonth(1).equals(d.birthDate)) {
                    d.birthDate = fromId; // 出生年月 1990.05 agrees with the ID number's 1990-05-17
                }
            }
            if (id == null && problems.stream().anyMatch(p -> p.column().equals(idColumn.header()))) {
                refused.addAll(problems);
                return;
            }
            Counselor draft = d.build();
            Counselor checked = null;
            if (problems.isEmpty()) {
                try {
                    Counselor forCheck = draft.departmentId() != null && draft.departmentId() < 0
                            ? withDepartment(draft, Long.MAX_VALUE) : draft;
                    checked = roster.check(forCheck);
                    if (checked.departmentId() != null && checked.departmentId() == Long.MAX_VALUE) {
                        checked = withDepartment(checked, draft.departmentId());
                    }
                } catch (ValidationException e) {
                    for (FieldError fe : e.errors()) {
                        ImportColumn<RosterField> col = RosterField.forLabelKey(fe.field()).map(byField::get).orElse(null);
                        String header = col != null ? col.header() : m.get(fe.field());
                        String value = col != null ? cell(cells, col.index()).shown() : "";
                        problems.add(new Refusal(row, header, value, m.get(fe.messageKey(), fe.args().toArray())));
                    }
                }
            }
            if (!problems.isEmpty()) {
                refused.addAll(problems);
                return;
            }
            if (existing == null) {
                planned.add(new PlannedRow(row, Action.NEW, checked, List.of()));
            } else {
                List<Change> changes = changes(existing, checked, byField);
                planned.add(new PlannedRow(row, changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                        checked.withId(existing.id()), changes));
            }
        }

        private List<Change> changes(Counselor before, Counselor after, Map<RosterField, ImportColumn<RosterField>> byField) {
            List<Change> out = new ArrayList<>();
            for (RosterField f : byField.keySet()) {
                if (f.kind() == RosterField.Kind.IGNORED) {
                    continue;
                }
                Object a = f.get(before);
                Object b = f.get(after);
                if (!Objects.equals(a, b)) {
                    out.add(new Change(m.get(f.labelKey()), shown(f, a), shown(f, b)));
                }
            }
            return out;
        }

        private String shown(RosterField f, Object v) {
            if (v == null) {
                return "";
            }
            if (v instanceof Coded c) {
                return c.label(m);
            }
            if (f == RosterField.DEPARTMENT) {
                long id = (Long) v;
                return departments.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey)
                        .findFirst().orElseGet(() -> newDepartments.entrySet().stream()
                                .filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst().orElse(""));
            }
            return v.toString();
        }

        private String idNumber(int row, ImportColumn<RosterField> col, CellValue v, List<Refusal> problems) {
            String problem = ImportValues.idProblem(v, m);
            if (problem != null) {
                problems.add(refusal(row, col, v, problem));
                return null;
            }
            String id = ImportValues.idNumber(v);
            return IdNumber.isValid(id, today) ? id : null; // an invalid one is refused by the roster's rules, with the reason
        }

        private Object read(int row, ImportColumn<RosterField> col, CellValue v, List<Refusal> problems) {
            String text = Text.clean(Text.halfWidth(v.kind() == CellValue.Kind.DATE ? v.asDate().toString()
                    : v.shown()));
            switch (col.field().kind()) {
                case TEXT -> {
                    return ImportValues.freeText(v.shown());
                }
                case PHONE -> {
                    return text;
                }
                case ETHNICITY -> {
                    return !Ethnicities.isKnown(text) && Ethnicities.isKnown(text + "族") ? text + "族" : text;
                }
                case CODED -> {
                    Class<?> type = codedType(col.field());
                    Object value = coded.parse(type, text).orElse(null);
                    if (value == null) {
                        problems.add(refusal(row, col, v, m.get("io.refuse.code", text, CodedValues.choices(type, m))));
                    }
                    return value;
                }
                case MONTH_DATE -> {
                    LocalDate date = v.kind() == CellValue.Kind.DATE ? v.asDate()
                            : Dates.parseDayOrMonth(text).orElse(null);
                    if (date == null) {
                        problems.add(refusal(row, col, v, m.get("io.refuse.date", text)));
                    }
                    return date;
                }
                case COUNT -> {
                    // Never clamped: 1e308 or 2147483648 is refused, not stored as 2147483647.
                    BigDecimal n = ImportValues.decimal(v).orElse(null);
                    if (n != null && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0
                            && n.compareTo(BigDecimal.valueOf(CounselorValidator.MAX_STUDENTS)) <= 0) {
                        return n.intValueExact();
                    }
                    problems.add(refusal(row, col, v, m.get("validation.wholeNumberRange",
                            CounselorValidator.MAX_STUDENTS)));
                    return null;
                }
                case DEPARTMENT -> {
                    Long id = departments.get(text);
                    if (id == null) {
                        id = newDepartments.get(text);
                    }
                    if (id == null && options.createDepartments()) {
                        id = -(long) (newDepartments.size() + 1);
                        newDepartments.put(text, id);
                    }
                    if (id == null) {
                        problems.add(refusal(row, col, v, m.get("io.refuse.department", text)));
                    }
                    return id;
                }
                default -> {
                    return null;
                }
            }
        }

        private Refusal refusal(int row, ImportColumn<RosterField> col, CellValue v, String reason) {
            return new Refusal(row, col.header(), v.shown(), reason);
        }
    }

    private static boolean isMonthOnly(CellValue v) {
        return v.kind() != CellValue.Kind.DATE && Dates.parse(v.shown()).isEmpty();
    }

    private static CellValue cell(List<CellValue> cells, int index) {
        return index < cells.size() ? cells.get(index) : CellValue.BLANK;
    }

    private static Class<?> codedType(RosterField f) {
        return switch (f) {
            case GENDER -> Gender.class;
            case POLITICAL_STATUS -> PoliticalStatus.class;
            case EDUCATION -> Education.class;
            case DEGREE -> Degree.class;
            case POST_TYPE -> PostType.class;
            case POSITION -> Position.class;
            case EMPLOYMENT_FORM -> EmploymentForm.class;
            case TITLE -> TitleRank.class;
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    // ---- apply --------------------------------------------------------------------------------

    /**
     * Writes a preview: first the before-import backup, then every new and changed row and the new
     * departments in one transaction. Refused when the preview has refusals, unless {@code skipInvalid}
     * (the refused rows are then left out). Any failure while writing rolls the whole import back.
     */
    public ImportOutcome apply(RosterImportPreview preview, boolean skipInvalid) {
        return new RosterImportWriter(roster, tx, backups, access).write(preview, skipInvalid);
    }

    static Counselor withDepartment(Counselor c, Long departmentId) {
        Draft d = Draft.of(c);
        d.departmentId = departmentId;
        return d.build();
    }
}
