package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk transaction on H2 ({@link Transactor#inBulkTransaction}): its rows are committed and written as
 * any transaction's; only while it runs do the sequences hand out values in large ranges and H2 write in
 * the background; after it, committed or failed, both are as they were.
 */
class BulkFillTest {
    @TempDir
    Path dir;

    /** The cache of every sequence and identity column, by name. */
    private static Map<String, Long> caches(DSLContext dsl) {
        Map<String, Long> out = new TreeMap<>();
        dsl.fetch("select sequence_name, cache from information_schema.sequences where sequence_schema = current_schema")
                .forEach(r -> out.put(r.get(0, String.class), r.get(1, Long.class)));
        dsl.fetch("select table_name, column_name, identity_cache from information_schema.columns"
                        + " where is_identity = 'YES' and table_schema = current_schema")
                .forEach(r -> out.put(r.get(0, String.class) + "." + r.get(1, String.class), r.get(2, Long.class)));
        return out;
    }

    /** H2's write delay now (0: every commit written before it returns). */
    private static int writeDelay(DSLContext dsl) {
        return dsl.connectionResult(c -> H2Store.mvStore(c).getAutoCommitDelay());
    }

    private static long insertDepartment(DSLContext dsl, String code) {
        return dsl.insertInto(DEPARTMENT).set(DEPARTMENT.CODE, code).set(DEPARTMENT.NAME, "系部" + code)
                .returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
    }

    @Test
    void theSequencesKeepLargeRangesOnlyWhileTheWorkRunsAndTheRowsAreCommitted() {
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            Map<String, Long> before = caches(db.dsl());
            assertThat(before).containsKey("CHANGE_SEQ").containsKey("DEPARTMENT.ID")
                    .allSatisfy((name, cache) -> assertThat(cache).as(name).isLessThan(BulkFill.BULK_CACHE));
            assertThat(writeDelay(db.dsl())).isZero();

            List<Long> ids = db.transactor().inBulkTransaction(() -> {
                assertThat(caches(db.dsl())).as("during the work")
                        .allSatisfy((name, cache) -> assertThat(cache).as(name).isEqualTo((long) BulkFill.BULK_CACHE));
                assertThat(writeDelay(db.dsl())).as("written in the background").isEqualTo(BulkFill.BACKGROUND_MS);
                List<Long> out = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    out.add(insertDepartment(db.dsl(), "B" + i));
                }
                return out;
            });
            assertThat(caches(db.dsl())).as("after the work").isEqualTo(before);
            assertThat(writeDelay(db.dsl())).as("every commit written before it returns again").isZero();
            boolean unsaved = db.dsl().connectionResult(c -> H2Store.mvStore(c).hasUnsavedChanges());
            assertThat(unsaved).as("all written").isFalse();
            assertThat(ids).doesNotHaveDuplicates().isSorted();
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isEqualTo(100);
            // the identity goes on after the bulk's values
            long next = insertDepartment(db.dsl(), "AFTER");
            assertThat(next).isGreaterThan(ids.get(ids.size() - 1));
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            assertThat(db.dsl().fetchCount(DEPARTMENT)).as("committed and written").isEqualTo(101);
        }
    }

    @Test
    void aFailingWorkLeavesNoRowsAndTheCachesAreGivenBack() {
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            Map<String, Long> before = caches(db.dsl());
            assertThatThrownBy(() -> db.transactor().inBulkTransaction(() -> {
                insertDepartment(db.dsl(), "X1");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isZero();
            assertThat(caches(db.dsl())).isEqualTo(before);
            assertThat(writeDelay(db.dsl())).isZero();
        }
    }

    @Test
    void insideAnOpenTransactionTheWorkJustRuns() {
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("c")))) {
            Map<String, Long> before = caches(db.dsl());
            db.transactor().inTransaction(() -> db.transactor().inBulkTransaction(() -> {
                // no statement that would commit the open transaction: the caches stay as they are
                assertThat(caches(db.dsl())).isEqualTo(before);
                assertThat(writeDelay(db.dsl())).isZero();
                return insertDepartment(db.dsl(), "N1");
            }));
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isEqualTo(1);
        }
    }

    @Test
    void aWriteOfManyRowsIsABulkOneAndAFewRowsAreNot() {
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("d")))) {
            Map<String, Long> before = caches(db.dsl());
            Map<String, Long> many = db.transactor().inTransactionWriting(Transactor.BULK_ROWS, () -> caches(db.dsl()));
            Map<String, Long> few = db.transactor().inTransactionWriting(Transactor.BULK_ROWS - 1,
                    () -> caches(db.dsl()));
            assertThat(many).as("while many rows are written")
                    .allSatisfy((name, cache) -> assertThat(cache).as(name).isEqualTo((long) BulkFill.BULK_CACHE));
            assertThat(few).as("while a few are").isEqualTo(before);
            assertThat(caches(db.dsl())).isEqualTo(before);
        }
    }
}
