package cn.huyang.io;

import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.Scheme;
import cn.huyang.assessment.Scores;
import cn.huyang.assessment.SheetRow;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.io.PlannedRow.Action;
import cn.huyang.io.PlannedRow.Change;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Brings a year's assessment scores in: each party's score, the bonus and the veto item per
 * counselor, the counselor found by ID number or by name and department, and on that year's
 * assessment list. Scores out of 0–100 (two decimals at most) and veto items not in the year's
 * scheme are refused; a confirmed (locked) year is refused as a whole before the file is read.
 */
public class ScoresImportService {
    private final AssessmentService assessment;
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final Messages m;

    private final cn.huyang.access.Access access;

    public ScoresImportService(AssessmentService assessment, RosterService roster, Transactor tx, Backups backups,
                               Messages messages, cn.huyang.access.Access access) {
        this.access = access;
        this.assessment = assessment;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
        this.m = messages;
    }

    public ScoresImportPreview preview(Path file, int year, String sheet, BooleanSupplier cancelled) {
        Scheme scheme = assessment.scheme(year);
        refuseIfLocked(scheme, year);
        Planner planner = new Planner(year, scheme);
        HeaderedRows<ScoreField> rows = new HeaderedRows<>(ScoreField.class, ScoreField.NAME, 2,
                List.of(ScoreField.NAME), null, m, planner);
        SpreadsheetReader.read(file, sheet, rows, cancelled);
        rows.requireHeader();
        if (rows.columns().stream().noneMatch(c -> c.mapped() && (c.field().party() != null
                || c.field() == ScoreField.BONUS || c.field() == ScoreField.VETO))) {
            throw new SpreadsheetException(SpreadsheetException.Problem.MISSING_COLUMN,
                    m.get("io.scores.anyScore"), String.join("、", Party.OFFICE.label(m), Party.BRANCH.label(m),
                    Party.STUDENTS.label(m), Party.PERSONNEL.label(m), m.get("assessment.column.bonus")));
        }
        return new ScoresImportPreview(year, planner.planned, planner.refused);
    }

    private void refuseIfLocked(Scheme scheme, int year) {
        if (scheme.locked()) {
            throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.locked", year));
        }
    }

    private final class Planner implements HeaderedRows.Rows<ScoreField> {
        private final int year;
        private final Scheme scheme;
        private final Map<Long, SheetRow> listed = new HashMap<>();
        private final Map<Long, Integer> seen = new HashMap<>();
        private final CounselorMatcher<ScoreField> matcher = new CounselorMatcher<>(roster.counselors(),
                roster.departmentNames(), roster.today(), m, ScoreField.ID_NUMBER, ScoreField.NAME, ScoreField.DEPARTMENT);
        final List<ScoresImportPreview.Row> planned = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();

        Planner(int year, Scheme scheme) {
            this.year = year;
            this.scheme = scheme;
            for (SheetRow r : assessment.sheet(year).rows()) {
                listed.put(r.counselor().id(), r);
            }
        }

        @Override
        public void row(int number, HeaderedRows.Cells<ScoreField> cells) {
            List<Refusal> problems = new ArrayList<>();
            Counselor c = matcher.match(cells, problems);
            SheetRow onList = c == null ? null : listed.get(c.id());
            if (c != null && onList == null) {
                problems.add(cells.refuse(ScoreField.NAME, m.get("io.refuse.notAssessed", c.name(), year)));
            }
            if (c != null && seen.containsKey(c.id())) {
                problems.add(cells.refuse(ScoreField.NAME, m.get("io.refuse.scoredTwice", seen.get(c.id()))));
            } else if (c != null) {
                seen.put(c.id(), number);
            }
            Entry stored = onList == null ? null : onList.entry();
            Map<Party, BigDecimal> scores = new EnumMap<>(Party.class);
            if (stored != null) {
                scores.putAll(stored.scores());
            }
            for (Party p : Party.values()) {
                BigDecimal v = score(cells, ScoreField.of(p), problems);
                if (v != null) {
                    scores.put(p, v);
                }
            }
            BigDecimal bonus = score(cells, ScoreField.BONUS, problems);
            String veto = cells.text(ScoreField.VETO);
            if (veto != null && !scheme.vetoItems().contains(veto)) {
                problems.add(cells.refuse(ScoreField.VETO, m.get("io.refuse.veto", veto,
                        String.join("；", scheme.vetoItems()))));
            }
            if (!problems.isEmpty() || stored == null) {
                refused.addAll(problems);
                return;
            }
            Entry entry = stored.withScores(scores, bonus != null ? bonus : stored.bonus(),
                    veto != null ? veto : stored.veto(), stored.summary());
            List<Change> changes = changes(stored, entry);
            Action action = stored.scores().isEmpty() && stored.bonus() == null && !changes.isEmpty() ? Action.NEW
                    : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
            planned.add(new ScoresImportPreview.Row(number, c, entry, action, changes));
        }

        private BigDecimal score(HeaderedRows.Cells<ScoreField> cells, ScoreField f, List<Refusal> problems) {
            CellValue v = cells.get(f);
            if (v.isBlank()) {
                return null; // a blank cell leaves the stored score as it is
            }
            String text = v.kind() == CellValue.Kind.NUMBER
                    ? BigDecimal.valueOf(v.number()).stripTrailingZeros().toPlainString() : v.shown();
            BigDecimal score = Scores.parse(text).orElse(null);
            if (score == null) {
                problems.add(cells.refuse(f, m.get("io.refuse.score", Text.clean(v.shown()))));
            }
            return score;
        }

        private List<Change> changes(Entry before, Entry after) {
            List<Change> out = new ArrayList<>();
            for (Party p : Party.values()) {
                change(out, p.label(m), before.score(p), after.score(p));
            }
            change(out, m.get("assessment.column.bonus"), before.bonus(), after.bonus());
            if (!Objects.equals(before.veto(), after.veto())) {
                out.add(new Change(m.get("assessment.column.veto"), Objects.toString(before.veto(), ""),
                        Objects.toString(after.veto(), "")));
            }
            return out;
        }

        private void change(List<Change> out, String field, BigDecimal a, BigDecimal b) {
            boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!same) {
                out.add(new Change(field, a == null ? "" : a.stripTrailingZeros().toPlainString(),
                        b == null ? "" : b.stripTrailingZeros().toPlainString()));
            }
        }
    }

    /**
     * Writes a preview: the before-import backup, then every new and changed entry in one
     * transaction (the assessment's own save, which refuses a year confirmed meanwhile).
     */
    public ImportOutcome apply(ScoresImportPreview preview, boolean skipInvalid) {
        ImportAudit.require(access);
        if (preview.hasRefusals() && !skipInvalid) {
            throw new IllegalStateException("the preview has refused rows");
        }
        refuseIfLocked(assessment.scheme(preview.year()), preview.year());
        List<ScoresImportPreview.Row> writes = preview.rows().stream()
                .filter(r -> r.action() != Action.UNCHANGED).toList();
        int unchanged = (int) preview.count(Action.UNCHANGED);
        int refusedRows = (int) preview.refusedRows();
        if (writes.isEmpty()) {
            return new ImportOutcome(0, 0, unchanged, 0, refusedRows, 0, null);
        }
        String backup = ImportOutcome.backupName(backups.beforeBulkImport());
        int created = (int) preview.count(Action.NEW);
        int updated = (int) preview.count(Action.UPDATE);
        tx.inTransactionWriting(writes.size(), () -> ImportAudit.asOne(access, "scores", () -> {
            assessment.saveEntries(preview.year(), writes.stream().map(ScoresImportPreview.Row::entry).toList());
            return writes.size();
        }, n -> Map.of("year", preview.year(), "created", created, "updated", updated, "unchanged", unchanged,
                "refusedRows", refusedRows)));
        return new ImportOutcome((int) preview.count(Action.NEW), (int) preview.count(Action.UPDATE), unchanged, 0,
                refusedRows, 0, backup);
    }
}
