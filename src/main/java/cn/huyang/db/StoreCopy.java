package cn.huyang.db;

import cn.huyang.common.Progress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies every row of one store into another that holds nothing yet — a PC's data folder onto the
 * shared server — in one transaction on the target: ids kept, identities set after the highest id,
 * then every table's row count and checksum ({@link TableChecksums}) compared on both sides before
 * the copy commits. A difference rolls the whole copy back; the source is only read.
 */
public final class StoreCopy {
    /** One table's figures on both sides. */
    public record TableResult(String table, TableChecksums.Sum source, TableChecksums.Sum target) {
        public boolean same() {
            return source.equals(target);
        }
    }

    /** The figures of a copy, parents first. */
    public record Result(List<TableResult> tables) {
        public boolean same() {
            return tables.stream().allMatch(TableResult::same);
        }

        public long rows() {
            return tables.stream().mapToLong(t -> t.source().rows()).sum();
        }
    }

    /** The target already holds data of its own: nothing was copied. */
    public static final class TargetNotEmptyException extends RuntimeException {
        private final String table;
        private final long rows;

        TargetNotEmptyException(String table, long rows) {
            super("The target already holds " + rows + " rows in " + table);
            this.table = table;
            this.rows = rows;
        }

        public String table() {
            return table;
        }

        public long rows() {
            return rows;
        }
    }

    /** The copy's figures differ from the source's: the copy was rolled back. */
    public static final class CopyMismatchException extends RuntimeException {
        private final transient Result result;

        CopyMismatchException(Result result) {
            super("The copy differs from the source in " + result.tables().stream().filter(t -> !t.same())
                    .map(TableResult::table).collect(Collectors.joining(", ")));
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    private StoreCopy() {
    }

    /**
     * Copies {@code from} into {@code to}; both must be at the same schema version, and {@code to} may
     * hold only what its migrations seed (replaced by the source's rows). {@code inTheCopy} runs in
     * the target's transaction after the figures matched (the audit row of the copy).
     *
     * @throws TargetNotEmptyException when the target holds data; nothing is written
     * @throws CopyMismatchException   when a table's figures differ; nothing is written
     */
    public static Result copy(Store from, Store to, Progress progress, Runnable inTheCopy) {
        String version = from.schemaVersion();
        if (!version.equals(to.schemaVersion())) {
            throw new IllegalStateException("Schema " + version + " here, " + to.schemaVersion() + " there");
        }
        return from.dsl().connectionResult(source -> {
            Catalog here = Catalog.read(source, version);
            Map<String, TableChecksums.Sum> before = TableChecksums.of(source, here);
            return to.transactor().inTransaction(() -> to.dsl().connectionResult(target -> {
                Catalog there = Catalog.read(target, version);
                refuseUserData(target, there, Catalog.seeded(version));
                clear(target, there);
                progress.update(0, 2);
                TableCopy.copy(source, here, target, there);
                Identities.restartAfterMax(target, there);
                progress.update(1, 2);
                Map<String, TableChecksums.Sum> after = TableChecksums.of(target, there);
                List<TableResult> results = new ArrayList<>();
                for (Catalog.Table t : here.tables()) {
                    results.add(new TableResult(t.name(), before.get(t.name()), after.get(t.name())));
                }
                Result result = new Result(List.copyOf(results));
                if (!result.same()) {
                    throw new CopyMismatchException(result);
                }
                inTheCopy.run();
                progress.update(2, 2);
                return result;
            }));
        });
    }

    private static void refuseUserData(Connection target, Catalog catalog, Map<String, Long> seeded) throws SQLException {
        for (Catalog.Table t : catalog.tables()) {
            long rows = count(target, t);
            if (rows > seeded.getOrDefault(t.name().toUpperCase(java.util.Locale.ROOT), 0L)) {
                throw new TargetNotEmptyException(t.name(), rows);
            }
        }
    }

    private static void clear(Connection target, Catalog catalog) throws SQLException {
        try (Statement st = target.createStatement()) {
            for (int i = catalog.tables().size() - 1; i >= 0; i--) {
                st.executeUpdate("delete from " + Catalog.quote(catalog.tables().get(i).sqlName()));
            }
        }
    }

    private static long count(Connection c, Catalog.Table t) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + Catalog.quote(t.sqlName()))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
