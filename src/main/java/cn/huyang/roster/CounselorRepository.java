package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;

import cn.huyang.db.jooq.tables.records.CounselorRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Counselors. Rows are never deleted: leaving is a status and an event. */
public class CounselorRepository {
    private final DSLContext dsl;

    public CounselorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Counselor> findAll() {
        return dsl.selectFrom(COUNSELOR).orderBy(COUNSELOR.ID).fetch(CounselorRepository::toCounselor);
    }

    public Optional<Counselor> find(long id) {
        return dsl.selectFrom(COUNSELOR).where(COUNSELOR.ID.eq(id)).fetchOptional(CounselorRepository::toCounselor);
    }

    public Optional<Counselor> findByIdNumber(String idNumber) {
        return dsl.selectFrom(COUNSELOR).where(COUNSELOR.ID_NUMBER.eq(idNumber))
                .fetchOptional(CounselorRepository::toCounselor);
    }

    public long insert(Counselor c) {
        CounselorRecord r = dsl.newRecord(COUNSELOR);
        fill(r, c);
        r.setStatus(c.status().name());
        r.store();
        return r.getId();
    }

    /** Updates every field but the status, which only the roster history changes. */
    public void update(Counselor c) {
        CounselorRecord r = dsl.newRecord(COUNSELOR);
        fill(r, c);
        r.setUpdatedAt(LocalDateTime.now());
        r.changed(COUNSELOR.ID, false);
        r.changed(COUNSELOR.CREATED_AT, false);
        dsl.update(COUNSELOR).set(r).where(COUNSELOR.ID.eq(c.id())).execute();
    }

    public void updateStatus(long id, CounselorStatus status) {
        dsl.update(COUNSELOR)
                .set(COUNSELOR.STATUS, status.name())
                .set(COUNSELOR.UPDATED_AT, LocalDateTime.now())
                .where(COUNSELOR.ID.eq(id))
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

    static Counselor toCounselor(CounselorRecord r) {
        return new Counselor(r.getId(), r.getName(), Gender.valueOf(r.getGender()), r.getEthnicity(),
                r.getBirthDate(), r.getIdNumber(),
                decode(PoliticalStatus.class, r.getPoliticalStatus()),
                decode(Education.class, r.getEducation()),
                decode(Degree.class, r.getDegree()),
                r.getMajor(), r.getDepartmentId(), PostType.valueOf(r.getPostType()),
                decode(Position.class, r.getPosition()),
                decode(EmploymentForm.class, r.getEmploymentForm()),
                r.getEntryDate(), decode(TitleRank.class, r.getTitle()), r.getTitleDate(),
                r.getAdminRank(), r.getAdminRankDate(), r.getPhone(), r.getStudentsInCharge(),
                r.getClassesInCharge(), r.getDormitory(), CounselorStatus.valueOf(r.getStatus()), r.getNote());
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E decode(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }
}
