package cn.huyang.io;

import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.io.SpreadsheetException.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a sheet below its header, for every import: finds the header row in the first
 * {@value #HEADER_SEARCH} rows (title rows, merged title cells and blank rows above it are passed
 * over) — the first row naming the key field and enough other fields —, maps its columns by their
 * headers (or as the user mapped them), refuses the file when a required column is missing, then
 * hands each row below to the import with its cells by field.
 */
final class HeaderedRows<F extends Enum<F> & ImportField> implements RowSink {
    /** Rows looked at for the header before giving up. */
    static final int HEADER_SEARCH = 30;

    /** Receives each row below the header. */
    interface Rows<F extends Enum<F> & ImportField> {
        void row(int number, Cells<F> cells);
    }

    private final Class<F> type;
    private final F key;
    private final int minimumFields;
    private final List<F> required;
    private final Map<Integer, F> mapping;
    private final Messages m;
    private final Rows<F> rows;
    private List<ImportColumn<F>> columns;
    private Map<F, ImportColumn<F>> byField;
    private int headerRow;
    private int looked;

    HeaderedRows(Class<F> type, F key, int minimumFields, List<F> required, Map<Integer, F> mapping, Messages m,
                 Rows<F> rows) {
        this.type = type;
        this.key = key;
        this.minimumFields = minimumFields;
        this.required = required;
        this.mapping = mapping;
        this.m = m;
        this.rows = rows;
    }

    @Override
    public void row(int number, List<CellValue> cells) {
        if (columns != null) {
            rows.row(number, new Cells<>(number, cells, byField));
            return;
        }
        if (++looked > HEADER_SEARCH) {
            throw new SpreadsheetException(Problem.NO_HEADER, HEADER_SEARCH);
        }
        if (!looksLikeHeader(cells)) {
            return;
        }
        headerRow = number;
        columns = mapColumns(cells, type, mapping);
        byField = new EnumMap<>(type);
        for (ImportColumn<F> c : columns) {
            if (c.mapped()) {
                byField.put(c.field(), c);
            }
        }
        for (F f : required) {
            if (!byField.containsKey(f)) {
                throw new SpreadsheetException(Problem.MISSING_COLUMN, m.get(f.labelKey()),
                        String.join("、", f.synonyms()));
            }
        }
    }

    /** Throws when no header was found (the sheet ended first). */
    HeaderedRows<F> requireHeader() {
        if (columns == null) {
            throw new SpreadsheetException(Problem.NO_HEADER, HEADER_SEARCH);
        }
        return this;
    }

    List<ImportColumn<F>> columns() {
        return columns;
    }

    int headerRow() {
        return headerRow;
    }

    private boolean looksLikeHeader(List<CellValue> row) {
        Set<F> found = EnumSet.noneOf(type);
        for (CellValue c : row) {
            if (c.kind() == CellValue.Kind.TEXT) {
                ImportField.forHeader(type, c.text()).ifPresent(found::add);
            }
        }
        return found.contains(key) && found.size() >= minimumFields;
    }

    /** The columns of a header row, mapped by their headers (or as the user mapped them). */
    static <F extends Enum<F> & ImportField> List<ImportColumn<F>> mapColumns(List<CellValue> header, Class<F> type,
                                                                              Map<Integer, F> override) {
        List<ImportColumn<F>> out = new ArrayList<>();
        Map<F, Integer> taken = new EnumMap<>(type);
        for (int i = 0; i < header.size(); i++) {
            String text = Text.clean(header.get(i).shown());
            if (text == null && (override == null || override.get(i) == null)) {
                continue;
            }
            F f;
            if (override != null) {
                f = override.get(i);
            } else {
                f = ImportField.forHeader(type, text).orElse(null);
                if (f != null && taken.containsKey(f)) {
                    // Which of the two holds the data is not for the import to guess.
                    int first = taken.get(f);
                    throw new SpreadsheetException(Problem.DUPLICATE_COLUMN, Text.clean(header.get(first).shown()),
                            RowGuard.column(first), RowGuard.column(i));
                }
            }
            if (f != null) {
                taken.putIfAbsent(f, i);
            }
            out.add(new ImportColumn<>(i, text == null ? "" : text, f));
        }
        return out;
    }

    /** One row's cells, looked up by field; a refusal names the column as the file heads it. */
    static final class Cells<F extends Enum<F> & ImportField> {
        private final int row;
        private final List<CellValue> cells;
        private final Map<F, ImportColumn<F>> byField;

        Cells(int row, List<CellValue> cells, Map<F, ImportColumn<F>> byField) {
            this.row = row;
            this.cells = cells;
            this.byField = byField;
        }

        int row() {
            return row;
        }

        /** The cells as read, by position. */
        List<CellValue> raw() {
            return cells;
        }

        boolean has(F field) {
            return byField.containsKey(field);
        }

        /** The field's cell; blank when the file has no such column or the row is short. */
        CellValue get(F field) {
            ImportColumn<F> c = byField.get(field);
            return c == null || c.index() >= cells.size() ? CellValue.BLANK : cells.get(c.index());
        }

        /** The field's text: trimmed, half-width, null when blank. */
        String text(F field) {
            CellValue v = get(field);
            return Text.clean(Text.halfWidth(v.kind() == CellValue.Kind.DATE ? v.asDate().toString() : v.shown()));
        }

        /** The field's free text: trimmed, full-width digits and letters folded, punctuation kept. */
        String freeText(F field) {
            return ImportValues.freeText(get(field).shown());
        }

        String header(F field) {
            ImportColumn<F> c = byField.get(field);
            return c == null ? "" : c.header();
        }

        Refusal refuse(F field, String reason) {
            return new Refusal(row, header(field), get(field).shown(), reason);
        }

        boolean blank() {
            for (F f : byField.keySet()) {
                if (!get(f).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
