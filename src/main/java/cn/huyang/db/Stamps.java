package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.TOMBSTONE;

import cn.huyang.db.jooq.Sequences;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Sequence;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The one way a row that travels between databases (issue 20, {@code docs/identity.md}) is written:
 * a new row gets a uid, every insert and update takes the next {@code change_seq} and says who changed
 * the row and when, an update adds one to {@code row_version}, and a delete writes the row's tombstone
 * before the row goes — in the caller's transaction, or in its own when there is none. Every
 * repository write to a travelling table goes through here.
 */
public final class Stamps {
    /** The sequence, and the column of every travelling table, that orders changes. */
    public static final String CHANGE_SEQ_NAME = "change_seq";
    /** The account name of writes the program makes on its own (migration back-fill, restores). */
    public static final String SYSTEM = "system";
    /** The tables whose rows travel, as the Flyway scripts name them (V19). */
    public static final Set<String> TRAVELLING = Set.of("counselor", "roster_event", "training_session",
            "training_record", "assessment_entry", "work_record", "work_journal", "student", "student_file_part",
            "student_attention", "promotion", "research_output", "teaching_assignment", "service_record");

    private static final Sequence<Long> SEQUENCE = Sequences.CHANGE_SEQ;

    private final Clock clock;
    private final Supplier<String> actor;

    /** @param actor the account name of whoever acts now (asked at each write) */
    public Stamps(Clock clock, Supplier<String> actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** Writes the program makes on its own behalf. */
    public static Stamps system(Clock clock) {
        return new Stamps(clock, () -> SYSTEM);
    }

    /** The account the stamps name now. */
    public String actor() {
        String a = actor.get();
        return a == null || a.isBlank() ? SYSTEM : a;
    }

    /** Now, to the microsecond (what both stores keep). */
    public LocalDateTime now() {
        LocalDateTime t = LocalDateTime.now(clock);
        return t.withNano(t.getNano() / 1000 * 1000);
    }

    /** A new row's uid (time-ordered: see {@link Uids}). */
    public static UUID newUid() {
        return Uids.next();
    }

    /** The next change_seq, taken where the statement runs. */
    public static Field<Long> nextSeq() {
        return SEQUENCE.nextval();
    }

    /** A new row's stamps: uid, changed_at, changed_by, change_seq (in this order). */
    public Map<Field<?>, Object> insert(Table<?> table) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(uid(table), newUid());
        m.put(field(table, "CHANGED_AT"), now());
        m.put(field(table, "CHANGED_BY"), actor());
        m.put(field(table, CHANGE_SEQ_NAME), nextSeq());
        return m;
    }

    /** Inserts the record's set fields with the stamps of a new row; returns its new id. */
    public <R extends Record> long insertReturningId(DSLContext dsl, Table<R> table, Record record) {
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) field(table, "ID");
        return dsl.insertInto(table).set(record).set(insert(table)).returningResult(id).fetchOne(id);
    }

    /** The stamp columns of {@link #insert}, for inserts that name their columns. */
    public static List<Field<?>> insertFields(Table<?> table) {
        return List.of(uid(table), field(table, "CHANGED_AT"), field(table, "CHANGED_BY"), field(table, CHANGE_SEQ_NAME));
    }

    /** One row's values for {@link #insertFields}: a new uid, now, the actor, the next change_seq. */
    public List<Object> insertValues() {
        return List.of(newUid(), now(), actor(), nextSeq());
    }

    /** An update's stamps: changed_at, changed_by, change_seq, row_version + 1. */
    public Map<Field<?>, Object> update(Table<?> table) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(field(table, "CHANGED_AT"), now());
        m.put(field(table, "CHANGED_BY"), actor());
        m.put(field(table, CHANGE_SEQ_NAME), nextSeq());
        @SuppressWarnings("unchecked")
        Field<Integer> version = (Field<Integer>) field(table, "ROW_VERSION");
        m.put(version, version.plus(1));
        return m;
    }

    /**
     * Inserts records in one JDBC batch, each with its stamps: the columns are those set in the first
     * record (every record sets the same), each row's uid is {@code uids}' (a row that replaces one of
     * the same key keeps its uid) or, where that is null or missing, a new one. jOOQ renders the statement
     * once and plain JDBC binds the rows (jOOQ's own batch binds each value anew: an eighth of the demo's
     * 560,000 training records).
     */
    public void batchInsert(DSLContext dsl, Table<?> table, List<? extends Record> rows, List<UUID> uids) {
        if (rows.isEmpty()) {
            return;
        }
        Set<Field<?>> stampFields = Set.copyOf(insertFields(table));
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (rows.get(0).changed(f) && !stampFields.contains(f)) {
                columns.add(f);
            }
        }
        List<Field<?>> all = new ArrayList<>(columns);
        all.addAll(insertFields(table));
        List<Field<?>> values = new ArrayList<>();
        for (Field<?> f : all.subList(0, all.size() - 1)) {
            values.add(DSL.val(null, f.getDataType()));
        }
        values.add(nextSeq());
        String sql = dsl.insertInto(table).columns(all).values(values).getSQL();
        int[] types = new int[all.size() - 1];
        for (int c = 0; c < types.length; c++) {
            types[c] = all.get(c).getDataType().getSQLType();
        }
        LocalDateTime at = now();
        String by = actor();
        dsl.connection(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < rows.size(); i++) {
                    Record row = rows.get(i);
                    for (int c = 0; c < columns.size(); c++) {
                        bind(st, c + 1, row.get(columns.get(c)), types[c]);
                    }
                    UUID uid = uids == null || i >= uids.size() ? null : uids.get(i);
                    st.setObject(columns.size() + 1, uid == null ? newUid() : uid);
                    st.setObject(columns.size() + 2, at);
                    st.setString(columns.size() + 3, by);
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement st, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            st.setNull(index, sqlType);
        } else {
            st.setObject(index, value);
        }
    }

    /** The row's uid column. */
    @SuppressWarnings("unchecked")
    public static Field<UUID> uid(Table<?> table) {
        return (Field<UUID>) field(table, "UID");
    }

    /** The row's change_seq column. */
    @SuppressWarnings("unchecked")
    public static Field<Long> changeSeq(Table<?> table) {
        return (Field<Long>) field(table, CHANGE_SEQ_NAME);
    }

    /**
     * Deletes the rows of {@code table} the condition names, each after its tombstone (its uid, the
     * table, its columns as JSON, when, who, the next change_seq); the rows are locked first, so the
     * tombstones are of exactly the rows deleted. Returns how many were deleted.
     */
    public int delete(DSLContext dsl, Table<?> table, Condition where) {
        return delete(dsl, table, where, null, null);
    }

    /**
     * {@link #delete(DSLContext, Table, Condition)} of rows whose lines in {@code lines} (joined by
     * {@code lineKey} = the row's id) go with them: the tombstone's content holds the lines too, under
     * the lines' table name, and the lines are deleted before their rows.
     */
    public int delete(DSLContext dsl, Table<?> table, Condition where, Table<?> lines, Field<Long> lineKey) {
        // in the caller's transaction (a savepoint inside it would fail on H2's pooled connections)
        return Transactor.active() ? deleteNow(dsl, table, where, lines, lineKey)
                : dsl.transactionResult(c -> deleteNow(dsl, table, where, lines, lineKey));
    }

    private int deleteNow(DSLContext tx, Table<?> table, Condition where, Table<?> lines, Field<Long> lineKey) {
        Result<Record> rows = tx.select(table.fields()).from(table).where(where).forUpdate().fetch();
        if (rows.isEmpty()) {
            return 0;
        }
        String by = actor();
        LocalDateTime at = now();
        String entity = table.getName().toLowerCase(Locale.ROOT);
        var insert = tx.insertInto(TOMBSTONE, TOMBSTONE.UID, TOMBSTONE.ENTITY, TOMBSTONE.CONTENT, TOMBSTONE.DELETED_AT,
                TOMBSTONE.DELETED_BY, TOMBSTONE.CHANGE_SEQ);
        for (Record r : rows) {
            StringBuilder json = RowJson.object(r);
            if (lines != null) {
                Field<?> id = field(table, "ID");
                Result<Record> children = tx.select(lines.fields()).from(lines).where(lineKey.eq(r.get(id, Long.class)))
                        .fetch();
                List<StringBuilder> each = new ArrayList<>();
                children.forEach(ch -> each.add(RowJson.object(ch)));
                RowJson.addArray(json, lines.getName().toLowerCase(Locale.ROOT), each);
            }
            insert.values(DSL.val(r.get(uid(table))), DSL.val(entity), DSL.val(json.toString()), DSL.val(at),
                    DSL.val(by), nextSeq());
        }
        insert.execute();
        if (lines != null) {
            Field<?> id = field(table, "ID");
            tx.deleteFrom(lines).where(lineKey.in(rows.getValues(id, Long.class))).execute();
        }
        return tx.deleteFrom(table).where(where).execute();
    }

    private static Field<?> field(Table<?> table, String name) {
        Field<?> f = table.field(name.toUpperCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException(table.getName() + " has no " + name + ": it does not travel");
        }
        return f;
    }
}
