package cn.huyang.exchange;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.STUDENT;
import static cn.huyang.db.jooq.Tables.TOMBSTONE;
import static cn.huyang.db.jooq.Tables.WORK_RECORD;
import static cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT;

import cn.huyang.db.Inlined;
import cn.huyang.db.Stamps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads and writes the travelling tables for the packages, whatever the table ({@link TravelTables}):
 * rows in the package's form (references as uids, departments as codes), by change_seq or by uid;
 * writes through {@link Stamps}, so every insert, update and delete is stamped and every delete leaves
 * its tombstone.
 */
public class TravelRepository {
    private static final int CHUNK = 1000;
    private static final String OWNER_DEPARTMENT = "owner_department$";
    private static final String OWNER_COUNSELOR = "owner_counselor$";
    private static final String STUDENT_KEY = "student_key$";
    private static final Map<String, Field<?>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();
    private final DSLContext dsl;
    private final Stamps stamps;

    public TravelRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
    }

    private static final Map<String, Table<?>> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Table<?> table(TravelTable t) {
        return TABLES.computeIfAbsent(t.name(), name -> {
            Table<?> table = cn.huyang.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(name.toUpperCase(java.util.Locale.ROOT));
            if (table == null) {
                throw new IllegalStateException("no table " + name);
            }
            return table;
        });
    }

    /** A column of the table (looked up by name once: jOOQ's lookup by name walks the schema every time). */
    private static Field<?> field(TravelTable t, String column) {
        return FIELDS.computeIfAbsent(t.name() + "." + column, k -> {
            Field<?> f = table(t).field(column.toUpperCase(java.util.Locale.ROOT));
            if (f == null) {
                throw new IllegalStateException(t.name() + " has no column " + column);
            }
            return f;
        });
    }

    /** The Java type of a column (what its text in a package is read as). */
    static Class<?> type(TravelTable t, String column) {
        return field(t, column).getType();
    }

    /** A row's values by column name as the table's fields. */
    private static Map<Field<?>, Object> fields(TravelTable t, Map<String, Object> values) {
        Map<Field<?>, Object> out = new LinkedHashMap<>();
        values.forEach((c, v) -> out.put(field(t, c), v));
        return out;
    }

    /** A line of a work record: its record's numeric key, number, the student's uid (or null) and the sealed name. */
    record Line(long recordId, int seq, UUID studentUid, String sealedName) {
    }

    /** A deletion as the tombstone table holds it. */
    record Tomb(UUID uid, String entity, String deletedAt, String deletedBy, long changeSeq, String content) {
    }

    /** The rows of {@code t} with a change_seq above {@code after} within the scope, in change order. */
    List<LocalRow> changedSince(TravelTable t, long after, Long departmentId, Long counselorId) {
        Condition where = Stamps.changeSeq(table(t)).gt(after).and(scope(t, departmentId, counselorId));
        return read(t, where);
    }

    /** The rows of {@code t} with these uids, by uid. */
    Map<java.util.UUID, LocalRow> byUid(TravelTable t, Collection<UUID> uids) {
        Map<UUID, LocalRow> out = new HashMap<>();
        List<UUID> all = new ArrayList<>(uids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (LocalRow r : read(t, Inlined.in(Stamps.uid(table(t)), all.subList(i, Math.min(all.size(), i + CHUNK))))) {
                out.put(r.uid(), r);
            }
        }
        return out;
    }

    private List<LocalRow> read(TravelTable t, Condition where) {
        Table<?> table = table(t);
        List<Field<?>> fields = new ArrayList<>();
        Field<?> id = t.hasId() ? field(t, "id") : null;
        if (id != null) {
            fields.add(id);
        }
        fields.add(Stamps.uid(table));
        fields.add(Stamps.changeSeq(table));
        fields.add(field(t, "changed_at"));
        fields.add(field(t, "changed_by"));
        for (TravelColumn c : t.columns()) {
            fields.add(switch (c.kind()) {
                case PLAIN, SEALED -> field(t, c.column());
                case REF -> refUid(t, c).as(c.name());
                case DEPARTMENT -> DSL.field(DSL.select(DEPARTMENT.CODE).from(DEPARTMENT)
                        .where(DEPARTMENT.ID.eq(field(t, c.column()).coerce(Long.class)))).as(c.name());
            });
        }
        fields.add(ownerDepartment(t).as(OWNER_DEPARTMENT));
        fields.add(ownerCounselor(t).as(OWNER_COUNSELOR));
        if (t.sealId() == TravelTable.SealId.STUDENT_PART) {
            fields.add(field(t, "student_id").as(STUDENT_KEY));
        }
        // read by position: a record's lookup by field or name searches its fields for each value
        int columns = (id == null ? 0 : 1) + 4;
        int owners = columns + t.columns().size();
        boolean part = t.sealId() == TravelTable.SealId.STUDENT_PART;
        List<LocalRow> out = new ArrayList<>();
        for (Record r : dsl.select(fields).from(table).where(where).orderBy(Stamps.changeSeq(table)).fetch()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("changed_at", ValueText.write(r.get(columns - 2)));
            values.put("changed_by", ValueText.write(r.get(columns - 1)));
            for (int i = 0; i < t.columns().size(); i++) {
                values.put(t.columns().get(i).name(), ValueText.write(r.get(columns + i)));
            }
            out.add(new LocalRow(id == null ? null : r.get(0, Long.class), r.get(columns - 4, UUID.class),
                    r.get(columns - 3, Long.class), values, r.get(owners, String.class), r.get(owners + 1, UUID.class),
                    part ? r.get(owners + 2, Long.class) : null));
        }
        return out;
    }

    private Field<UUID> refUid(TravelTable t, TravelColumn c) {
        TravelTable target = TravelTables.named(c.target());
        return DSL.field(DSL.select(Stamps.uid(table(target))).from(table(target))
                .where(field(target, "id").coerce(Long.class).eq(field(t, c.column()).coerce(Long.class))));
    }

    private Field<String> ownerDepartment(TravelTable t) {
        return switch (t.owner()) {
            case SELF -> DSL.field(DSL.select(DEPARTMENT.CODE).from(DEPARTMENT)
                    .where(DEPARTMENT.ID.eq(field(t, "department_id").coerce(Long.class))));
            case COUNSELOR -> DSL.field(DSL.select(DEPARTMENT.CODE).from(COUNSELOR).join(DEPARTMENT)
                    .on(DEPARTMENT.ID.eq(COUNSELOR.DEPARTMENT_ID))
                    .where(COUNSELOR.ID.eq(field(t, "counselor_id").coerce(Long.class))));
            case STUDENT -> DSL.field(DSL.select(DEPARTMENT.CODE).from(STUDENT).join(DEPARTMENT)
                    .on(DEPARTMENT.ID.eq(STUDENT.DEPARTMENT_ID))
                    .where(STUDENT.ID.eq(field(t, "student_id").coerce(Long.class))));
            case SHARED -> DSL.inline((String) null);
        };
    }

    private Field<UUID> ownerCounselor(TravelTable t) {
        return switch (t.owner()) {
            case SELF -> t.name().equals("counselor") ? Stamps.uid(table(t))
                    : DSL.field(DSL.select(COUNSELOR.UID).from(COUNSELOR)
                    .where(COUNSELOR.ID.eq(field(t, "counselor_id").coerce(Long.class))));
            case COUNSELOR -> DSL.field(DSL.select(COUNSELOR.UID).from(COUNSELOR)
                    .where(COUNSELOR.ID.eq(field(t, "counselor_id").coerce(Long.class))));
            case STUDENT -> DSL.field(DSL.select(COUNSELOR.UID).from(STUDENT).join(COUNSELOR)
                    .on(COUNSELOR.ID.eq(STUDENT.COUNSELOR_ID))
                    .where(STUDENT.ID.eq(field(t, "student_id").coerce(Long.class))));
            case SHARED -> DSL.inline((UUID) null);
        };
    }

    /** The rows of a department (or, with a counselor, that counselor's own), or every row when both are null. */
    private Condition scope(TravelTable t, Long departmentId, Long counselorId) {
        if (departmentId == null && counselorId == null) {
            return DSL.noCondition();
        }
        Condition counselors = counselorId != null ? COUNSELOR.ID.eq(counselorId)
                : COUNSELOR.DEPARTMENT_ID.eq(departmentId);
        Condition students = counselorId != null ? STUDENT.COUNSELOR_ID.eq(counselorId)
                : STUDENT.DEPARTMENT_ID.eq(departmentId);
        return switch (t.owner()) {
            case SELF -> t.name().equals("counselor") ? field(t, "id").coerce(Long.class)
                    .in(DSL.select(COUNSELOR.ID).from(COUNSELOR).where(counselors))
                    : field(t, "id").coerce(Long.class).in(DSL.select(STUDENT.ID).from(STUDENT).where(students));
            case COUNSELOR -> field(t, "counselor_id").coerce(Long.class)
                    .in(DSL.select(COUNSELOR.ID).from(COUNSELOR).where(counselors));
            case STUDENT -> field(t, "student_id").coerce(Long.class)
                    .in(DSL.select(STUDENT.ID).from(STUDENT).where(students));
            case SHARED -> counselorId != null ? DSL.falseCondition()
                    : field(t, "id").coerce(Long.class).in(DSL.select(cn.huyang.db.jooq.Tables.TRAINING_RECORD.SESSION_ID)
                    .from(cn.huyang.db.jooq.Tables.TRAINING_RECORD)
                    .join(COUNSELOR).on(COUNSELOR.ID.eq(cn.huyang.db.jooq.Tables.TRAINING_RECORD.COUNSELOR_ID))
                    .where(counselors));
        };
    }

    /** Whether this database holds any counselor, student or training session (a new folder holds none). */
    boolean anyRows() {
        return dsl.fetchExists(COUNSELOR) || dsl.fetchExists(STUDENT)
                || dsl.fetchExists(cn.huyang.db.jooq.Tables.TRAINING_SESSION);
    }

    /** The numeric keys of the counselors or students of a department or a counselor's own. */
    java.util.Set<Long> idsInScope(String table, Long departmentId, Long counselorId) {
        TravelTable t = TravelTables.named(table);
        return new java.util.HashSet<>(dsl.select(field(t, "id").coerce(Long.class)).from(table(t))
                .where(scope(t, departmentId, counselorId)).fetch(org.jooq.Record1::value1));
    }

    /** The numeric keys of rows of the table with these uids. */
    Map<UUID, Long> ids(String table, Collection<UUID> uids) {
        TravelTable t = TravelTables.named(table);
        Map<UUID, Long> out = new HashMap<>();
        List<UUID> all = new ArrayList<>(uids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(Stamps.uid(table(t)), field(t, "id").coerce(Long.class)).from(table(t))
                    .where(Inlined.in(Stamps.uid(table(t)), all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }

    /**
     * Of these key tuples (values of {@code columns}, numeric keys for references), those a row here
     * already has, with that row's uid.
     */
    Map<List<Object>, UUID> keyOwners(TravelTable t, List<String> columns, List<List<Object>> tuples) {
        Map<List<Object>, UUID> out = new HashMap<>();
        List<Field<?>> fields = new ArrayList<>();
        columns.forEach(c -> fields.add(field(t, c)));
        for (int i = 0; i < tuples.size(); i += CHUNK) {
            List<org.jooq.RowN> rows = new ArrayList<>();
            for (List<Object> k : tuples.subList(i, Math.min(tuples.size(), i + CHUNK))) {
                rows.add(DSL.row(k.toArray()));
            }
            List<Field<?>> select = new ArrayList<>(fields);
            select.add(Stamps.uid(table(t)));
            for (Record r : dsl.select(select).from(table(t)).where(DSL.row(fields).in(rows)).fetch()) {
                List<Object> key = new ArrayList<>();
                for (Field<?> f : fields) {
                    key.add(r.get(f));
                }
                out.put(key, r.get(Stamps.uid(table(t))));
            }
        }
        return out;
    }

    /** A row just written: its numeric key here (null for a table without) and its change_seq. */
    record Written(Long id, long changeSeq) {
    }

    /** Inserts a row with the uid it has everywhere. */
    Written insert(TravelTable t, UUID uid, Map<String, Object> values) {
        Map<Field<?>, Object> all = fields(t, values);
        all.putAll(stamps.insert(table(t)));
        all.put(Stamps.uid(table(t)), uid);
        Field<Long> seq = Stamps.changeSeq(table(t));
        if (!t.hasId()) {
            return new Written(null, dsl.insertInto(table(t)).set(all).returningResult(seq).fetchOne().value1());
        }
        Record r = dsl.insertInto(table(t)).set(all).returningResult(field(t, "id").coerce(Long.class), seq).fetchOne();
        return new Written(r.get(0, Long.class), r.get(1, Long.class));
    }

    /** Updates the row of that uid, stamped. */
    void update(TravelTable t, UUID uid, Map<String, Object> values) {
        Map<Field<?>, Object> all = fields(t, values);
        all.putAll(stamps.update(table(t)));
        dsl.update(table(t)).set(all).where(Stamps.uid(table(t)).eq(uid)).execute();
    }

    /** Writes a sealed text (the second half of an insert or update: not stamped again). */
    void setSealed(TravelTable t, UUID uid, Map<String, Object> sealed) {
        if (!sealed.isEmpty()) {
            dsl.update(table(t)).set(fields(t, sealed)).where(Stamps.uid(table(t)).eq(uid)).execute();
        }
    }

    /** Deletes the row of that uid with its tombstone (a work record with its lines). */
    int delete(TravelTable t, UUID uid) {
        if (t.name().equals("work_record")) {
            return stamps.delete(dsl, WORK_RECORD, WORK_RECORD.UID.eq(uid), WORK_RECORD_STUDENT,
                    WORK_RECORD_STUDENT.RECORD_ID);
        }
        return stamps.delete(dsl, table(t), Stamps.uid(table(t)).eq(uid));
    }

    /** The change_seq of the row of that uid now, or null. */
    Long changeSeq(TravelTable t, UUID uid) {
        return dsl.select(Stamps.changeSeq(table(t))).from(table(t)).where(Stamps.uid(table(t)).eq(uid))
                .fetchOne(Stamps.changeSeq(table(t)));
    }

    /** The lines of these work records, by record and number. */
    List<Line> lines(Collection<Long> recordIds) {
        List<Line> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(recordIds);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO, STUDENT.UID, WORK_RECORD_STUDENT.NAME)
                    .from(WORK_RECORD_STUDENT).leftJoin(STUDENT).on(STUDENT.ID.eq(WORK_RECORD_STUDENT.STUDENT_ID))
                    .where(Inlined.in(WORK_RECORD_STUDENT.RECORD_ID, all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .orderBy(WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO)
                    .forEach(r -> out.add(new Line(r.value1(), r.value2(), r.value3(), r.value4())));
        }
        return out;
    }

    /** Replaces a record's lines: student numeric key (or null) and sealed name per line, in order. */
    void replaceLines(long recordId, List<Object[]> studentIdAndSealedName) {
        dsl.deleteFrom(WORK_RECORD_STUDENT).where(WORK_RECORD_STUDENT.RECORD_ID.eq(recordId)).execute();
        for (int i = 0; i < studentIdAndSealedName.size(); i++) {
            Object[] l = studentIdAndSealedName.get(i);
            dsl.insertInto(WORK_RECORD_STUDENT, WORK_RECORD_STUDENT.RECORD_ID, WORK_RECORD_STUDENT.SEQ_NO,
                    WORK_RECORD_STUDENT.STUDENT_ID, WORK_RECORD_STUDENT.NAME)
                    .values(recordId, i, (Long) l[0], (String) l[1]).execute();
        }
    }

    /** The deletions of these entities with a change_seq above {@code after}. */
    List<Tomb> tombstonesSince(long after, Collection<String> entities) {
        List<Tomb> out = new ArrayList<>();
        dsl.select(TOMBSTONE.UID, TOMBSTONE.ENTITY, TOMBSTONE.DELETED_AT, TOMBSTONE.DELETED_BY, TOMBSTONE.CHANGE_SEQ,
                        TOMBSTONE.CONTENT)
                .from(TOMBSTONE).where(TOMBSTONE.CHANGE_SEQ.gt(after)).and(TOMBSTONE.ENTITY.in(entities))
                .orderBy(TOMBSTONE.CHANGE_SEQ)
                .forEach(r -> out.add(new Tomb(r.value1(), r.value2(), ValueText.write(r.value3()), r.value4(),
                        r.value5(), r.value6())));
        return out;
    }

    /** The change_seq of the newest deletion of these uids here, by uid. */
    Map<UUID, Long> deletions(Collection<UUID> uids) {
        Map<UUID, Long> out = new HashMap<>();
        List<UUID> all = new ArrayList<>(uids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            dsl.select(TOMBSTONE.UID, DSL.max(TOMBSTONE.CHANGE_SEQ)).from(TOMBSTONE)
                    .where(Inlined.in(TOMBSTONE.UID, all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .groupBy(TOMBSTONE.UID).forEach(r -> out.put(r.value1(), r.value2()));
        }
        return out;
    }
}
