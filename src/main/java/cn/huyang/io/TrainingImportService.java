package cn.huyang.io;

import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerPage;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingService;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Brings training records in (a ledger kept in Excel): each row is one counselor at one training,
 * the counselor found by ID number or by name and department ({@link CounselorMatcher}), the
 * training checked with the ledger's own rules. Rows of the same training (course, organiser, level,
 * category, dates, cost) are stored as one session with every attendee; a training already in the
 * ledger (same course and dates) gets the new attendees added, and a record already there is
 * skipped — so importing a file twice, or the ledger's own export, writes nothing new.
 */
public class TrainingImportService {
    private static final int PAGE = 5000;

    private final TrainingService training;
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final Messages m;
    private final CodedValues coded = new CodedValues();

    private final cn.huyang.access.Access access;

    public TrainingImportService(TrainingService training, RosterService roster, Transactor tx, Backups backups,
                                 Messages messages, cn.huyang.access.Access access) {
        this.access = access;
        this.training = training;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
        this.m = messages;
    }

    public TrainingImportPreview preview(Path file, String sheet, BooleanSupplier cancelled) {
        Planner planner = new Planner();
        HeaderedRows<TrainingField> rows = new HeaderedRows<>(TrainingField.class, TrainingField.COURSE, 3,
                List.of(TrainingField.NAME, TrainingField.COURSE), null, m, planner);
        SpreadsheetReader.read(file, sheet, rows, cancelled);
        rows.requireHeader();
        return new TrainingImportPreview(planner.planned, planner.refused);
    }

    /** A training's identity in the ledger: course and dates. */
    private record Stored(String course, LocalDate start, LocalDate end) {
        static Stored of(TrainingSession s) {
            return new Stored(s.course(), s.startDate(), s.endDate());
        }
    }

    private final class Planner implements HeaderedRows.Rows<TrainingField> {
        private final CounselorMatcher<TrainingField> matcher = new CounselorMatcher<>(roster.counselors(),
                roster.departmentNames(), roster.today(), m, TrainingField.ID_NUMBER, TrainingField.NAME,
                TrainingField.DEPARTMENT);
        private final String exampleNote = m.get("io.template.exampleNote");
        private final Map<Integer, Map<Stored, Long>> sessionsByYear = new HashMap<>();
        private final Set<String> recorded = new HashSet<>();
        private final Map<String, Integer> seen = new HashMap<>();
        final List<TrainingImportPreview.Row> planned = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();

        @Override
        public void row(int number, HeaderedRows.Cells<TrainingField> cells) {
            if (exampleNote.equals(Text.clean(cells.get(TrainingField.NOTE).shown()))) {
                return; // the template's example row
            }
            List<Refusal> problems = new ArrayList<>();
            Counselor counselor = matcher.match(cells, problems);
            TrainingLevel level = coded(cells, TrainingField.LEVEL, TrainingLevel.class, problems);
            TrainingCategory category = coded(cells, TrainingField.CATEGORY, TrainingCategory.class, problems);
            LocalDate start = date(cells, TrainingField.START, problems);
            LocalDate end = cells.get(TrainingField.END).isBlank() ? start : date(cells, TrainingField.END, problems);
            BigDecimal hours = number(cells, TrainingField.HOURS, problems);
            BigDecimal cost = number(cells, TrainingField.COST, problems);
            String certificate = cells.text(TrainingField.CERTIFICATE);
            String note = cells.freeText(TrainingField.NOTE);
            if (!problems.isEmpty() || counselor == null) {
                refused.addAll(problems);
                return;
            }
            TrainingSession session = new TrainingSession(null, cells.freeText(TrainingField.COURSE),
                    cells.freeText(TrainingField.ORGANISER), level, category, start, end, hours, cost, null,
                    List.of(new TrainingSession.Attendee(null, counselor.id(), null, certificate, note)));
            try {
                session = training.check(session);
            } catch (ValidationException e) {
                for (FieldError fe : e.errors()) {
                    TrainingField f = field(fe.field());
                    refused.add(cells.refuse(f, m.get(fe.messageKey(), fe.args().toArray())));
                }
                return;
            }
            String key = counselor.id() + "|" + session.course() + "|" + start + "|" + end;
            Integer earlier = seen.putIfAbsent(key, number);
            if (earlier != null) {
                refused.add(cells.refuse(TrainingField.NAME, m.get("io.refuse.recordTwice", earlier)));
                return;
            }
            Long stored = storedSession(session);
            boolean inLedger = stored != null && recorded.contains(stored + "|" + counselor.id());
            TrainingSession.Attendee a = session.attendees().get(0);
            planned.add(new TrainingImportPreview.Row(number, counselor, session.withAttendees(List.of()), hours,
                    a.certificateNo(), a.note(), inLedger));
        }

        /** The stored session with the same course and dates, if any (the ledger read once per year). */
        private Long storedSession(TrainingSession s) {
            Map<Stored, Long> year = sessionsByYear.computeIfAbsent(s.startDate().getYear(), y -> {
                Map<Stored, Long> map = new HashMap<>();
                LedgerFilter filter = LedgerFilter.year(y);
                for (int offset = 0; ; offset += PAGE) {
                    LedgerPage page = training.page(filter, LedgerSort.NEWEST_FIRST, offset, PAGE);
                    for (LedgerRow r : page.rows()) {
                        map.putIfAbsent(new Stored(r.course(), r.startDate(), r.endDate()), r.sessionId());
                        recorded.add(r.sessionId() + "|" + r.counselorId());
                    }
                    if (page.rows().size() < PAGE) {
                        return map;
                    }
                }
            });
            return year.get(Stored.of(s));
        }

        private TrainingField field(String labelKey) {
            for (TrainingField f : TrainingField.values()) {
                if (f.labelKey().equals(labelKey)) {
                    return f;
                }
            }
            return switch (labelKey) {
                case "field.attendee.hours" -> TrainingField.HOURS;
                case "field.attendee.certificateNo" -> TrainingField.CERTIFICATE;
                case "field.attendee.note" -> TrainingField.NOTE;
                default -> TrainingField.NAME;
            };
        }

        private <T> T coded(HeaderedRows.Cells<TrainingField> cells, TrainingField f, Class<T> type,
                            List<Refusal> problems) {
            String text = cells.text(f);
            if (text == null) {
                problems.add(cells.refuse(f, m.get("validation.required")));
                return null;
            }
            T value = coded.parse(type, text).orElse(null);
            if (value == null) {
                problems.add(cells.refuse(f, m.get("io.refuse.code", text, CodedValues.choices(type, m))));
            }
            return value;
        }

        private LocalDate date(HeaderedRows.Cells<TrainingField> cells, TrainingField f, List<Refusal> problems) {
            CellValue v = cells.get(f);
            if (v.isBlank()) {
                problems.add(cells.refuse(f, m.get("validation.required")));
                return null;
            }
            LocalDate d = ImportValues.date(v).orElse(null);
            if (d == null) {
                problems.add(cells.refuse(f, m.get("io.refuse.day", Text.clean(v.shown()))));
            }
            return d;
        }

        private BigDecimal number(HeaderedRows.Cells<TrainingField> cells, TrainingField f, List<Refusal> problems) {
            CellValue v = cells.get(f);
            if (v.isBlank()) {
                return null; // 学时 is then refused by the ledger's rules as required; 经费 may be blank
            }
            BigDecimal n = ImportValues.decimal(v).orElse(null);
            if (n == null) {
                problems.add(cells.refuse(f, m.get("io.refuse.number", Text.clean(v.shown()))));
            }
            return n;
        }
    }

    /**
     * Writes a preview: the before-import backup, then every training in one transaction (rows of
     * one training as one session; new attendees added to a training already in the ledger).
     * Refused when the preview has refusals, unless {@code skipInvalid}.
     */
    public ImportOutcome apply(TrainingImportPreview preview, boolean skipInvalid) {
        ImportAudit.require(access);
        if (preview.hasRefusals() && !skipInvalid) {
            throw new IllegalStateException("the preview has refused rows");
        }
        int skipped = (int) preview.inLedger();
        int refusedRows = (int) preview.refusedRows();
        Map<TrainingSession, List<TrainingImportPreview.Row>> groups = new LinkedHashMap<>();
        for (TrainingImportPreview.Row r : preview.rows()) {
            if (!r.inLedger()) {
                groups.computeIfAbsent(keyOf(r.training()), k -> new ArrayList<>()).add(r);
            }
        }
        if (groups.isEmpty()) {
            return new ImportOutcome(0, 0, 0, skipped, refusedRows, 0, null);
        }
        String backup = ImportOutcome.backupName(backups.beforeBulkImport());
        int[] created = new int[1];
        tx.inTransactionWriting(preview.rows().size() - skipped, () -> ImportAudit.asOne(access, "training", () -> {
            Map<Stored, Long> stored = new HashMap<>();
            for (var e : groups.entrySet()) {
                TrainingSession s = e.getKey();
                Long id = stored.computeIfAbsent(Stored.of(s), k -> existing(s));
                TrainingSession base = id == null ? sessionWithHours(s, e.getValue())
                        : training.session(id).orElseThrow();
                List<TrainingSession.Attendee> attendees = new ArrayList<>(base.attendees());
                for (TrainingImportPreview.Row r : e.getValue()) {
                    BigDecimal own = r.hours() == null || r.hours().compareTo(base.hours()) == 0 ? null : r.hours();
                    attendees.add(new TrainingSession.Attendee(null, r.counselor().id(), own, r.certificateNo(),
                            r.note()));
                }
                TrainingSession saved = training.save(base.withAttendees(attendees)).session();
                stored.put(Stored.of(s), saved.id());
                created[0] += e.getValue().size();
            }
            return stored.size();
        }, sessions -> Map.of("created", created[0], "sessions", sessions, "skipped", skipped,
                "refusedRows", refusedRows)));
        return new ImportOutcome(created[0], 0, 0, skipped, refusedRows, 0, backup);
    }

    /** The training a row belongs to: everything but the hours, which may differ between attendees. */
    private static TrainingSession keyOf(TrainingSession s) {
        return new TrainingSession(null, s.course(), s.organiser(), s.level(), s.category(), s.startDate(),
                s.endDate(), null, s.costPerPerson(), s.note(), List.of());
    }

    /** A new session's hours: the most any of its attendees attended (the others' own hours are fewer). */
    private static TrainingSession sessionWithHours(TrainingSession s, List<TrainingImportPreview.Row> rows) {
        BigDecimal max = rows.stream().map(TrainingImportPreview.Row::hours).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(s.hours());
        return new TrainingSession(null, s.course(), s.organiser(), s.level(), s.category(), s.startDate(),
                s.endDate(), max, s.costPerPerson(), s.note(), List.of());
    }

    private Long existing(TrainingSession s) {
        LedgerFilter filter = new LedgerFilter(s.startDate().getYear(), null, null, null, null, null);
        for (int offset = 0; ; offset += PAGE) {
            LedgerPage page = training.page(filter, LedgerSort.NEWEST_FIRST, offset, PAGE);
            for (LedgerRow r : page.rows()) {
                if (r.course().equals(s.course()) && r.startDate().equals(s.startDate())
                        && r.endDate().equals(s.endDate())) {
                    return r.sessionId();
                }
            }
            if (page.rows().size() < PAGE) {
                return null;
            }
        }
    }
}
