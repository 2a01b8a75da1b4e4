package cn.huyang.guarantee;

import static cn.huyang.db.jooq.Tables.DORM_BUILDING;
import static cn.huyang.db.jooq.Tables.GRADE_MEETING;

import cn.huyang.db.jooq.DormBuildingRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Dormitory buildings and the grade meetings in the timetable. */
public class FacilityRepository {
    private final DSLContext dsl;

    public FacilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<DormBuilding> buildings() {
        return dsl.selectFrom(DORM_BUILDING).orderBy(DORM_BUILDING.NAME).fetch(FacilityRepository::toBuilding);
    }

    public Optional<DormBuilding> building(long id) {
        return dsl.selectFrom(DORM_BUILDING).where(DORM_BUILDING.ID.eq(id)).fetchOptional(FacilityRepository::toBuilding);
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(DORM_BUILDING, DORM_BUILDING.NAME.eq(name)
                .and(exceptId == null ? DORM_BUILDING.ID.isNotNull() : DORM_BUILDING.ID.ne(exceptId)));
    }

    public long insertBuilding(DormBuilding b) {
        return dsl.insertInto(DORM_BUILDING)
                .set(DORM_BUILDING.NAME, b.name())
                .set(DORM_BUILDING.STUDENTS, b.students())
                .set(DORM_BUILDING.COUNSELOR_OFFICE, b.counselorOffice())
                .set(DORM_BUILDING.ACTIVITY_ROOM, b.activityRoom())
                .set(DORM_BUILDING.NOTE, b.note())
                .returningResult(DORM_BUILDING.ID)
                .fetchOne(DORM_BUILDING.ID);
    }

    public boolean updateBuilding(DormBuilding b) {
        return dsl.update(DORM_BUILDING)
                .set(DORM_BUILDING.NAME, b.name())
                .set(DORM_BUILDING.STUDENTS, b.students())
                .set(DORM_BUILDING.COUNSELOR_OFFICE, b.counselorOffice())
                .set(DORM_BUILDING.ACTIVITY_ROOM, b.activityRoom())
                .set(DORM_BUILDING.NOTE, b.note())
                .set(DORM_BUILDING.ROW_VERSION, DORM_BUILDING.ROW_VERSION.plus(1))
                .where(DORM_BUILDING.ID.eq(b.id()))
                .and(DORM_BUILDING.ROW_VERSION.eq(b.version()))
                .execute() == 1;
    }

    public List<GradeMeeting> gradeMeetings(int schoolYear) {
        return dsl.selectFrom(GRADE_MEETING).where(GRADE_MEETING.SCHOOL_YEAR.eq(schoolYear))
                .orderBy(GRADE_MEETING.GRADE, GRADE_MEETING.TERM)
                .fetch(r -> new GradeMeeting(r.getGrade(), r.getSchoolYear(), r.getTerm(), r.getScheduled(),
                        r.getRowVersion()));
    }

    public boolean insertGradeMeeting(GradeMeeting g) {
        return dsl.insertInto(GRADE_MEETING)
                .set(GRADE_MEETING.GRADE, g.grade())
                .set(GRADE_MEETING.SCHOOL_YEAR, g.schoolYear())
                .set(GRADE_MEETING.TERM, g.term())
                .set(GRADE_MEETING.SCHEDULED, g.scheduled())
                .set(GRADE_MEETING.ROW_VERSION, 1)
                .onConflict(GRADE_MEETING.GRADE, GRADE_MEETING.SCHOOL_YEAR, GRADE_MEETING.TERM).doNothing()
                .execute() == 1;
    }

    public boolean updateGradeMeeting(GradeMeeting g) {
        return dsl.update(GRADE_MEETING)
                .set(GRADE_MEETING.SCHEDULED, g.scheduled())
                .set(GRADE_MEETING.ROW_VERSION, GRADE_MEETING.ROW_VERSION.plus(1))
                .where(GRADE_MEETING.GRADE.eq(g.grade()))
                .and(GRADE_MEETING.SCHOOL_YEAR.eq(g.schoolYear()))
                .and(GRADE_MEETING.TERM.eq(g.term()))
                .and(GRADE_MEETING.ROW_VERSION.eq(g.version()))
                .execute() == 1;
    }

    private static DormBuilding toBuilding(DormBuildingRecord r) {
        return new DormBuilding(r.getId(), r.getName(), r.getStudents(), r.getCounselorOffice(), r.getActivityRoom(),
                r.getNote(), r.getRowVersion());
    }
}
