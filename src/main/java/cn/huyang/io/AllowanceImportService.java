package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.db.Backups;
import cn.huyang.db.Transactor;
import cn.huyang.guarantee.AllowancePayment;
import cn.huyang.guarantee.AllowanceService;
import cn.huyang.guarantee.Fen;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Brings the finance office's allowance sheet in: each row one payment (counselor by ID number, or by
 * name and department; year, month, amount, date paid). The file is read whole first and every row
 * checked with the allowance's own rules; cells are read as values (a formula's cached result, never
 * run). With any refusal nothing is written; otherwise the before-import backup, then every payment in
 * one transaction with one audit row. A payment already recorded is skipped.
 */
public class AllowanceImportService {
    private final AllowanceService allowances;
    private final RosterService roster;
    private final Transactor tx;
    private final Backups backups;
    private final Messages m;
    private final Access access;

    public AllowanceImportService(AllowanceService allowances, RosterService roster, Transactor tx, Backups backups,
                                  Messages messages, Access access) {
        this.allowances = allowances;
        this.roster = roster;
        this.tx = tx;
        this.backups = backups;
        this.m = messages;
        this.access = access;
    }

    public AllowanceImportPreview preview(Path file, String sheet, BooleanSupplier cancelled) {
        Planner planner = new Planner();
        HeaderedRows<AllowanceField> rows = new HeaderedRows<>(AllowanceField.class, AllowanceField.AMOUNT, 3,
                List.of(AllowanceField.NAME, AllowanceField.YEAR, AllowanceField.MONTH, AllowanceField.AMOUNT,
                        AllowanceField.PAID_ON), null, m, planner);
        SpreadsheetReader.read(file, sheet, rows, cancelled);
        rows.requireHeader();
        return new AllowanceImportPreview(planner.planned, planner.refused);
    }

    private static String key(AllowancePayment p) {
        return p.counselorId() + "|" + p.year() + "|" + p.month() + "|" + p.amountFen() + "|" + p.paidOn();
    }

    private final class Planner implements HeaderedRows.Rows<AllowanceField> {
        private final CounselorMatcher<AllowanceField> matcher = new CounselorMatcher<>(roster.counselors(),
                roster.departmentNames(), roster.today(), m, AllowanceField.ID_NUMBER, AllowanceField.NAME,
                AllowanceField.DEPARTMENT);
        private final Map<Integer, Set<String>> storedByYear = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        final List<AllowanceImportPreview.Row> planned = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();
        private final String exampleNote = m.get("io.template.exampleNote");

        @Override
        public void row(int number, HeaderedRows.Cells<AllowanceField> cells) {
            if (exampleNote.equals(Text.clean(cells.get(AllowanceField.NOTE).shown()))) {
                return; // the template's example row
            }
            List<Refusal> problems = new ArrayList<>();
            Counselor counselor = matcher.match(cells, problems);
            Integer year = whole(cells, AllowanceField.YEAR, problems);
            Integer month = whole(cells, AllowanceField.MONTH, problems);
            Long fen = amount(cells, problems);
            LocalDate paidOn = date(cells, problems);
            String note = cells.freeText(AllowanceField.NOTE);
            if (!problems.isEmpty() || counselor == null) {
                refused.addAll(problems);
                return;
            }
            AllowancePayment p = new AllowancePayment(null, counselor.id(), year, month, fen, paidOn, note, 0);
            List<FieldError> errors = allowances.check(p);
            if (!errors.isEmpty()) {
                for (FieldError fe : errors) {
                    refused.add(cells.refuse(field(fe.field()), m.get(fe.messageKey(), fe.args().toArray())));
                }
                return;
            }
            Integer earlier = seen.putIfAbsent(key(p), number);
            if (earlier != null) {
                refused.add(cells.refuse(AllowanceField.NAME, m.get("guarantee.import.twice", earlier)));
                return;
            }
            boolean recorded = storedByYear.computeIfAbsent(year, y -> {
                Set<String> keys = new HashSet<>();
                allowances.allPayments(y).forEach(x -> keys.add(key(x)));
                return keys;
            }).contains(key(p));
            planned.add(new AllowanceImportPreview.Row(number, counselor, p, recorded));
        }

        private AllowanceField field(String labelKey) {
            for (AllowanceField f : AllowanceField.values()) {
                if (f.labelKey().equals(labelKey)) {
                    return f;
                }
            }
            return AllowanceField.NAME;
        }

        private Integer whole(HeaderedRows.Cells<AllowanceField> cells, AllowanceField f, List<Refusal> problems) {
            CellValue v = cells.get(f);
            if (v.isBlank()) {
                problems.add(cells.refuse(f, m.get("validation.required")));
                return null;
            }
            String shown = Text.clean(Text.halfWidth(v.shown()));
            String digits = shown == null ? "" : shown.replaceAll("[年月]$", "");
            BigDecimal n = ImportValues.decimal(CellValue.text(digits)).orElse(null);
            if (v.kind() == CellValue.Kind.NUMBER) {
                n = ImportValues.decimal(v).orElse(null);
            }
            if (n == null || n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
                problems.add(cells.refuse(f, m.get("io.refuse.number", shown)));
                return null;
            }
            return n.intValueExact();
        }

        private Long amount(HeaderedRows.Cells<AllowanceField> cells, List<Refusal> problems) {
            CellValue v = cells.get(AllowanceField.AMOUNT);
            if (v.isBlank()) {
                problems.add(cells.refuse(AllowanceField.AMOUNT, m.get("validation.required")));
                return null;
            }
            BigDecimal yuan = v.kind() == CellValue.Kind.NUMBER ? ImportValues.decimal(v).orElse(null)
                    : Fen.yuan(Text.clean(Text.halfWidth(v.shown()))).orElse(null);
            if (yuan == null || yuan.stripTrailingZeros().scale() > 2
                    || yuan.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                problems.add(cells.refuse(AllowanceField.AMOUNT, m.get("guarantee.validation.notAmount")));
                return null;
            }
            return Fen.of(yuan);
        }

        private LocalDate date(HeaderedRows.Cells<AllowanceField> cells, List<Refusal> problems) {
            CellValue v = cells.get(AllowanceField.PAID_ON);
            if (v.isBlank()) {
                problems.add(cells.refuse(AllowanceField.PAID_ON, m.get("validation.required")));
                return null;
            }
            LocalDate d = ImportValues.date(v).orElse(null);
            if (d == null) {
                problems.add(cells.refuse(AllowanceField.PAID_ON, m.get("io.refuse.day", Text.clean(v.shown()))));
            }
            return d;
        }
    }

    /**
     * Writes a preview with no refusal (a preview with any is refused whole: nothing is written): the
     * before-import backup, then every new payment in one transaction and its one audit row.
     */
    public ImportOutcome apply(AllowanceImportPreview preview) {
        ImportAudit.require(access);
        access.guard().require(Operation.ALLOWANCE_EDIT);
        if (preview.hasRefusals()) {
            throw new IllegalStateException("the preview has refused rows: an allowance file goes in whole or not at all");
        }
        List<AllowancePayment> fresh = preview.rows().stream().filter(r -> !r.recorded())
                .map(AllowanceImportPreview.Row::payment).toList();
        int skipped = (int) preview.recorded();
        if (fresh.isEmpty()) {
            return new ImportOutcome(0, 0, 0, skipped, 0, 0, null);
        }
        String backup = ImportOutcome.backupName(backups.beforeBulkImport());
        tx.inTransactionWriting(fresh.size(), () -> ImportAudit.asOne(access, "allowance", () -> {
            allowances.addImported(fresh);
            return fresh.size();
        }, n -> Map.of("created", n, "skipped", skipped)));
        return new ImportOutcome(fresh.size(), 0, 0, skipped, 0, 0, backup);
    }
}
