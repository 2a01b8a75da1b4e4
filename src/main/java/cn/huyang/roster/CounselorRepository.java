package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;

import cn.huyang.db.PositionalRows;
import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.CounselorRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Counselors. Rows are never deleted: leaving is a status and an event. */
public class CounselorRepository {
    /** Up to this many ids are looked up by key; more read the whole table. */
    private static final int BY_KEYS = 500;

    private final DSLContext dsl;
    private final Clock clock;
    private final Stamps stamps;

    /** The clock stamps each row's update time. */
    public CounselorRepository(DSLContext dsl, Clock clock, Stamps stamps) {
        this.dsl = dsl;
        this.clock = clock;
        this.stamps = stamps;
    }

    /**
     * Every counselor. The roster opens with all of them (10,000 at the region's scale), so the rows
     * are read by position ({@link PositionalRows}); the SQL is still jOOQ's, from the generated table.
     */
    public List<Counselor> findAll() {
        return fetch(DSL.noCondition());
    }

    /** The one way counselors are read: the rows that meet a condition, mapped by position. */
    private List<Counselor> fetch(Condition condition) {
        Field<?>[] fields = {COUNSELOR.ID, COUNSELOR.NAME, COUNSELOR.GENDER, COUNSELOR.ETHNICITY, COUNSELOR.BIRTH_DATE,
            COUNSELOR.ID_NUMBER, COUNSELOR.POLITICAL_STATUS, COUNSELOR.EDUCATION, COUNSELOR.DEGREE, COUNSELOR.MAJOR,
            COUNSELOR.DEPARTMENT_ID, COUNSELOR.POST_TYPE, COUNSELOR.POSITION, COUNSELOR.EMPLOYMENT_FORM,
            COUNSELOR.ENTRY_DATE, COUNSELOR.TITLE, COUNSELOR.TITLE_DATE, COUNSELOR.ADMIN_RANK, COUNSELOR.ADMIN_RANK_DATE,
            COUNSELOR.PHONE, COUNSELOR.STUDENTS_IN_CHARGE, COUNSELOR.CLASSES_IN_CHARGE, COUNSELOR.DORMITORY,
            COUNSELOR.STATUS, COUNSELOR.NOTE, COUNSELOR.ROW_VERSION};
        return PositionalRows.fetch(dsl, dsl.select(fields).from(COUNSELOR).where(condition).orderBy(COUNSELOR.ID),
                CounselorRepository::read);
    }

    private static Counselor read(ResultSet rs) throws SQLException {
        int i = 1;
        long id = rs.getLong(i++);
        String name = rs.getString(i++);
        Gender gender = Gender.valueOf(rs.getString(i++));
        String ethnicity = rs.getString(i++);
        LocalDate birth = rs.getObject(i++, LocalDate.class);
        String idNumber = rs.getString(i++);
        PoliticalStatus political = decode(PoliticalStatus.class, rs.getString(i++));
        Education education = decode(Education.class, rs.getString(i++));
        Degree degree = decode(Degree.class, rs.getString(i++));
        String major = rs.getString(i++);
        long departmentId = rs.getLong(i++);
        PostType post = PostType.valueOf(rs.getString(i++));
        Position position = decode(Position.class, rs.getString(i++));
        EmploymentForm form = decode(EmploymentForm.class, rs.getString(i++));
        LocalDate entry = rs.getObject(i++, LocalDate.class);
        TitleRank title = decode(TitleRank.class, rs.getString(i++));
        LocalDate titleDate = rs.getObject(i++, LocalDate.class);
        String rank = rs.getString(i++);
        LocalDate rankDate = rs.getObject(i++, LocalDate.class);
        String phone = rs.getString(i++);
        int students = rs.getInt(i++);
        String classes = rs.getString(i++);
        String dormitory = rs.getString(i++);
        CounselorStatus status = CounselorStatus.valueOf(rs.getString(i++));
        String note = rs.getString(i++);
        int version = rs.getInt(i);
        return new Counselor(id, name, gender, ethnicity, birth, idNumber, political, education, degree, major,
                departmentId, post, position, form, entry, title, titleDate, rank, rankDate, phone, students, classes,
                dormitory, status, note, version);
    }

    public Optional<Counselor> find(long id) {
        return fetch(COUNSELOR.ID.eq(id)).stream().findFirst();
    }

    /**
     * The counselors with these ids: by their keys for a few; for many, of the whole roster as {@code whole}
     * gives it (the kept one: H2 looks up a long IN list key by key, 8,000 ids took over a second, the table
     * 30 ms, the kept roster nothing).
     */
    public List<Counselor> findByIds(java.util.Collection<Long> ids, java.util.function.Supplier<List<Counselor>> whole) {
        if (ids.size() <= BY_KEYS) {
            return ids.isEmpty() ? List.of() : fetch(COUNSELOR.ID.in(ids));
        }
        java.util.Set<Long> wanted = ids instanceof java.util.Set<Long> set ? set : new java.util.HashSet<>(ids);
        return whole.get().stream().filter(c -> wanted.contains(c.id())).toList();
    }

    public Optional<Counselor> findByIdNumber(String idNumber) {
        return fetch(COUNSELOR.ID_NUMBER.eq(idNumber)).stream().findFirst();
    }

    public long insert(Counselor c) {
        CounselorRecord r = dsl.newRecord(COUNSELOR);
        fill(r, c);
        r.setStatus(c.status().name());
        return dsl.insertInto(COUNSELOR).set(r).set(stamps.insert(COUNSELOR)).returningResult(COUNSELOR.ID)
                .fetchOne(COUNSELOR.ID);
    }

    /**
     * Inserts many counselors in one JDBC batch (a bulk import, the demo data) and returns their new ids
     * by ID number: read back by key for a few, from the whole table's ID numbers for many (H2 looks up
     * a long IN list key by key).
     */
    public java.util.Map<String, Long> insertAll(List<Counselor> all) {
        List<CounselorRecord> records = new ArrayList<>(all.size());
        for (Counselor c : all) {
            CounselorRecord r = dsl.newRecord(COUNSELOR);
            fill(r, c);
            r.setStatus(c.status().name());
            records.add(r);
        }
        stamps.batchInsert(dsl, COUNSELOR, records, null);
        java.util.Map<String, Long> ids = new java.util.HashMap<>(all.size() * 2);
        if (all.size() > BY_KEYS) {
            java.util.Set<String> wanted = new java.util.HashSet<>(all.size() * 2);
            all.forEach(c -> wanted.add(c.idNumber()));
            dsl.select(COUNSELOR.ID, COUNSELOR.ID_NUMBER).from(COUNSELOR).forEach(r -> {
                if (wanted.contains(r.value2())) {
                    ids.put(r.value2(), r.value1());
                }
            });
            return ids;
        }
        List<String> numbers = all.stream().map(Counselor::idNumber).toList();
        if (!numbers.isEmpty()) {
            dsl.select(COUNSELOR.ID, COUNSELOR.ID_NUMBER).from(COUNSELOR).where(COUNSELOR.ID_NUMBER.in(numbers))
                    .forEach(r -> ids.put(r.value2(), r.value1()));
        }
        return ids;
    }

    /** The ID numbers on the roster, read in one query. */
    public java.util.Set<String> idNumbers() {
        return dsl.select(COUNSELOR.ID_NUMBER).from(COUNSELOR).fetchSet(COUNSELOR.ID_NUMBER);
    }

    /**
     * Updates every field but the status, which only the roster history changes, if the stored row is
     * still at the counselor's version; the row's version goes up by one.
     *
     * @return false when the row has another version (or is gone): nothing was written
     */
    public boolean update(Counselor c) {
        CounselorRecord r = dsl.newRecord(COUNSELOR);
        fill(r, c);
        r.setUpdatedAt(LocalDateTime.now(clock));
        r.changed(COUNSELOR.ID, false);
        r.changed(COUNSELOR.CREATED_AT, false);
        return dsl.update(COUNSELOR).set(r).set(stamps.update(COUNSELOR))
                .where(COUNSELOR.ID.eq(c.id())).and(COUNSELOR.ROW_VERSION.eq(c.version())).execute() == 1;
    }

    /** Sets the status (a step of the roster history, checked by the caller); the row's version goes up. */
    public void updateStatus(long id, CounselorStatus status) {
        updateStatus(List.of(id), status);
    }

    /** {@link #updateStatus(long, CounselorStatus)} of many counselors in one statement (the demo data). */
    public void updateStatus(java.util.Collection<Long> ids, CounselorStatus status) {
        if (ids.isEmpty()) {
            return;
        }
        dsl.update(COUNSELOR)
                .set(COUNSELOR.STATUS, status.name())
                .set(COUNSELOR.UPDATED_AT, LocalDateTime.now(clock))
                .set(stamps.update(COUNSELOR))
                .where(ids.size() == 1 ? COUNSELOR.ID.eq(ids.iterator().next()) : COUNSELOR.ID.in(ids))
                .execute();
    }

    public int count() {
        return dsl.fetchCount(COUNSELOR);
    }

    private static void fill(CounselorRecord r, Counselor c) {
        r.setName(c.name());
        r.setGender(c.gender().name());
        r.setEthnicity(c.ethnicity());
        r.setBirthDate(c.birthDate());
        r.setIdNumber(c.idNumber());
        r.setPoliticalStatus(code(c.politicalStatus()));
        r.setEducation(code(c.education()));
        r.setDegree(code(c.degree()));
        r.setMajor(c.major());
        r.setDepartmentId(c.departmentId());
        r.setPostType(c.postType().name());
        r.setPosition(code(c.position()));
        r.setEmploymentForm(code(c.employmentForm()));
        r.setEntryDate(c.entryDate());
        r.setTitle(code(c.title()));
        r.setTitleDate(c.titleDate());
        r.setAdminRank(c.adminRank());
        r.setAdminRankDate(c.adminRankDate());
        r.setPhone(c.phone());
        r.setStudentsInCharge(c.studentsInCharge());
        r.setClassesInCharge(c.classesInCharge());
        r.setDormitory(c.dormitory());
        r.setNote(c.note());
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E decode(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }
}
