package cn.huyang.db;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads the {@code huyang.sql} of a format-1 backup (H2's {@code SCRIPT}) as data, never running it.
 * Only what {@code SCRIPT} writes is recognised: {@code SET WRITE_DELAY n}, {@code CREATE USER},
 * {@code CREATE SEQUENCE}, {@code CREATE [CACHED|MEMORY] TABLE}, {@code ALTER TABLE … ADD CONSTRAINT},
 * {@code CREATE [UNIQUE] INDEX} — whose table names are checked against the schema and which are
 * otherwise skipped — and {@code INSERT INTO "PUBLIC"."T" [(columns)] VALUES (…), …} with plain
 * literals only (strings, U&amp;'…', numbers, NULL, TRUE/FALSE, DATE/TIME/TIMESTAMP '…', X'…').
 * Anything else ({@code CREATE ALIAS}, {@code CALL}, {@code RUNSCRIPT}, another {@code SET}, a
 * function in VALUES, an unknown table or column) refuses the whole file.
 *
 * <p>Rows of {@code flyway_schema_history} only confirm the schema version; they are never loaded.
 */
final class LegacyScriptParser {
    /** Receives each row, converted and checked, in the catalog's column order. */
    interface Sink {
        void row(Catalog.Table table, Object[] values, long rowNo) throws BackupProblem;
    }

    /** The rows of each table (by its SQL name) and the schema version the history confirms. */
    record Result(Map<String, Long> counts, String schemaVersion) {
    }

    private final SqlTokens tokens;
    private final Catalog catalog;
    private final Map<String, List<String>> created = new HashMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private MigrationVersion version;

    LegacyScriptParser(Reader script, Catalog catalog) {
        this.tokens = new SqlTokens(script);
        this.catalog = catalog;
    }

    Result parse(Sink sink) throws IOException, BackupProblem {
        for (SqlTokens.Token t = tokens.next(); t.kind() != SqlTokens.Kind.END; t = tokens.next()) {
            if (t.isSymbol(';')) {
                continue;
            }
            if (t.is("SET")) {
                expectWord("WRITE_DELAY");
                expect(SqlTokens.Kind.NUMBER);
                expectSymbol(';');
            } else if (t.is("CREATE")) {
                create();
            } else if (t.is("ALTER")) {
                expectWord("TABLE");
                table();
                expectWord("ADD");
                expectWord("CONSTRAINT");
                skipStatement();
            } else if (t.is("INSERT")) {
                insert(sink);
            } else {
                throw BackupProblem.unsafe("statement " + t + " is not data");
            }
        }
        for (Catalog.Table t : catalog.tables()) {
            if (!created.containsKey(t.sqlName())) {
                throw BackupProblem.corrupt("no table " + t.sqlName());
            }
        }
        return new Result(counts, version == null ? null : version.getVersion());
    }

    private void create() throws IOException, BackupProblem {
        SqlTokens.Token t = tokens.next();
        if (t.is("USER") || t.is("SEQUENCE")) {
            skipStatement();
            return;
        }
        if (t.is("UNIQUE")) {
            t = tokens.next();
            if (t.is("NULLS")) { // H2 2.2 writes CREATE UNIQUE NULLS DISTINCT INDEX for a nullable column
                t = tokens.next();
                if (t.is("NOT") || t.is("ALL")) {
                    t = tokens.next();
                }
                if (!t.is("DISTINCT")) {
                    throw BackupProblem.unsafe("CREATE UNIQUE NULLS " + t + " is not data");
                }
                t = tokens.next();
            }
        }
        if (t.is("INDEX")) {
            name(); // "PUBLIC"."IX_…"
            expectWord("ON");
            table();
            skipStatement();
            return;
        }
        if (t.is("CACHED") || t.is("MEMORY")) {
            t = tokens.next();
        }
        if (!t.is("TABLE")) {
            throw BackupProblem.unsafe("CREATE " + t + " is not data");
        }
        String table = table();
        if (created.containsKey(table)) {
            throw BackupProblem.unsafe("table " + table + " created twice");
        }
        expectSymbol('(');
        List<String> columns = new ArrayList<>();
        while (true) {
            columns.add((String) expect(SqlTokens.Kind.NAME).value());
            int depth = 0;
            SqlTokens.Token x;
            while (true) {
                x = tokens.next();
                if (x.kind() == SqlTokens.Kind.END) {
                    throw BackupProblem.corrupt("unterminated CREATE TABLE");
                } else if (x.isSymbol('(')) {
                    depth++;
                } else if (x.isSymbol(')') && depth > 0) {
                    depth--;
                } else if (depth == 0 && (x.isSymbol(',') || x.isSymbol(')'))) {
                    break;
                }
            }
            if (x.isSymbol(')')) {
                break;
            }
        }
        expectSymbol(';');
        Catalog.Table known = catalog.table(Catalog.lower(table));
        if (known != null && !new HashSet<>(columns).equals(sqlNames(known)) || columns.size() != new HashSet<>(columns).size()) {
            throw BackupProblem.unsafe("columns of " + table + " are not those of the schema");
        }
        created.put(table, columns);
    }

    private static Set<String> sqlNames(Catalog.Table t) {
        Set<String> names = new HashSet<>();
        t.columns().forEach(c -> names.add(c.sqlName()));
        return names;
    }

    private void insert(Sink sink) throws IOException, BackupProblem {
        expectWord("INTO");
        String table = table();
        List<String> columns = created.get(table);
        if (columns == null) {
            throw BackupProblem.unsafe("rows of " + table + " before its table");
        }
        SqlTokens.Token t = tokens.next();
        if (t.isSymbol('(')) {
            List<String> named = new ArrayList<>();
            do {
                String c = (String) expect(SqlTokens.Kind.NAME).value();
                if (!columns.contains(c) || named.contains(c)) {
                    throw BackupProblem.unsafe("unknown column " + c);
                }
                named.add(c);
                t = tokens.next();
            } while (t.isSymbol(','));
            if (!t.isSymbol(')')) {
                throw BackupProblem.unsafe("column list of " + table);
            }
            columns = named;
            t = tokens.next();
        }
        if (!t.is("VALUES")) {
            throw BackupProblem.unsafe("INSERT without VALUES");
        }
        Catalog.Table target = catalog.table(Catalog.lower(table));
        do {
            expectSymbol('(');
            List<Object> values = new ArrayList<>();
            do {
                values.add(value());
                t = tokens.next();
            } while (t.isSymbol(','));
            if (!t.isSymbol(')') || values.size() != columns.size()) {
                throw BackupProblem.unsafe("a row of " + table + " is not a list of plain values");
            }
            long rowNo = counts.merge(table, 1L, Long::sum);
            if (target == null) {
                history(columns, values);
            } else {
                sink.row(target, convert(target, columns, values, rowNo), rowNo);
            }
            t = tokens.next();
        } while (t.isSymbol(','));
        if (!t.isSymbol(';')) {
            throw BackupProblem.unsafe("text after the rows of " + table);
        }
    }

    private static Object[] convert(Catalog.Table table, List<String> columns, List<Object> values, long rowNo)
            throws BackupProblem {
        Object[] row = new Object[table.columns().size()];
        for (int i = 0; i < row.length; i++) {
            Catalog.Column col = table.columns().get(i);
            int at = columns.indexOf(col.sqlName());
            try {
                row[i] = Values.convert(col, at < 0 ? null : values.get(at));
            } catch (Values.BadValue e) {
                throw BackupProblem.badRow(table.name(), rowNo, e.getMessage());
            }
        }
        return row;
    }

    private void history(List<String> columns, List<Object> values) throws BackupProblem {
        int v = columns.indexOf("version");
        int s = columns.indexOf("success");
        if (v < 0 || s < 0) {
            throw BackupProblem.corrupt("schema history without version or success");
        }
        if (values.get(v) instanceof String text && Boolean.TRUE.equals(values.get(s))) {
            try {
                MigrationVersion mv = MigrationVersion.fromVersion(text);
                if (version == null || mv.isNewerThan(version.getVersion())) {
                    version = mv;
                }
            } catch (RuntimeException e) {
                throw BackupProblem.corrupt("bad version in the schema history");
            }
        }
    }

    /** A plain literal; anything else (a function, an expression, a sub-query) is refused. */
    private Object value() throws IOException, BackupProblem {
        SqlTokens.Token t = tokens.next();
        switch (t.kind()) {
            case STRING, BINARY, NUMBER:
                return t.value();
            case SYMBOL:
                if (t.isSymbol('-')) {
                    return ((java.math.BigDecimal) expect(SqlTokens.Kind.NUMBER).value()).negate();
                }
                break;
            case WORD:
                switch (t.text()) {
                    case "NULL":
                        return null;
                    case "TRUE":
                        return Boolean.TRUE;
                    case "FALSE":
                        return Boolean.FALSE;
                    case "DATE", "TIME", "TIMESTAMP", "UUID":
                        return new Values.SqlLiteral(ColumnType.valueOf(t.text()),
                                (String) expect(SqlTokens.Kind.STRING).value());
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw BackupProblem.unsafe("not a plain value: " + t);
    }

    /** {@code "PUBLIC"."T"}, where T is a table of the schema or its history. */
    private String table() throws IOException, BackupProblem {
        String name = name();
        if (!BackupFile.HISTORY.equals(name)) {
            Catalog.Table t = catalog.table(Catalog.lower(name));
            if (t == null || !t.sqlName().equals(name)) {
                throw BackupProblem.unsafe("unknown table " + name);
            }
        }
        return name;
    }

    private String name() throws IOException, BackupProblem {
        SqlTokens.Token schema = expect(SqlTokens.Kind.NAME);
        if (!"PUBLIC".equals(schema.value())) {
            throw BackupProblem.unsafe("schema " + schema.value());
        }
        expectSymbol('.');
        return (String) expect(SqlTokens.Kind.NAME).value();
    }

    private void skipStatement() throws IOException, BackupProblem {
        for (SqlTokens.Token t = tokens.next(); !t.isSymbol(';'); t = tokens.next()) {
            if (t.kind() == SqlTokens.Kind.END) {
                throw BackupProblem.corrupt("unterminated statement");
            }
        }
    }

    private SqlTokens.Token expect(SqlTokens.Kind kind) throws IOException, BackupProblem {
        SqlTokens.Token t = tokens.next();
        if (t.kind() != kind) {
            throw BackupProblem.unsafe(kind + " expected, not " + t);
        }
        return t;
    }

    private void expectWord(String word) throws IOException, BackupProblem {
        SqlTokens.Token t = tokens.next();
        if (!t.is(word)) {
            throw BackupProblem.unsafe(word + " expected, not " + t);
        }
    }

    private void expectSymbol(char ch) throws IOException, BackupProblem {
        SqlTokens.Token t = tokens.next();
        if (!t.isSymbol(ch)) {
            throw BackupProblem.unsafe("'" + ch + "' expected, not " + t);
        }
    }
}
