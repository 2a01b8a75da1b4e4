package cn.huyang.guarantee;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 在各校区每栋学生宿舍设立辅导员办公室，在学生宿舍楼设立党团活动室，将辅导员年级大会排入学生教学课表 [三(三)7]:
 * the dormitory buildings (a building housing students without a counselor office or an activity room is
 * the finding {@code DORM_OFFICE}, one for the college, on the present state) and the grade meetings per
 * grade and term (yes / no, shown, not judged). Changes ask {@link Operation#FACILITIES_EDIT} (学工部).
 */
public class FacilityService {
    public static final String DORM_OFFICE = "DORM_OFFICE";

    private final Transactor tx;
    private final FacilityRepository repo;
    private final RosterService roster;
    private final Messages m;
    private final Clock clock;
    private final Access access;

    public FacilityService(Transactor tx, FacilityRepository repo, RosterService roster, Messages m, Clock clock,
                           Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.m = m;
        this.clock = clock;
        this.access = access;
    }

    /** Whether the user may record buildings and grade meetings. */
    public boolean mayEdit() {
        return access.guard().may(Operation.FACILITIES_EDIT);
    }

    public List<DormBuilding> buildings() {
        return repo.buildings();
    }

    /** The buildings the roster names (负责宿舍楼) that are not registered here yet, by name. */
    public List<String> unregisteredBuildings() {
        Set<String> known = repo.buildings().stream().map(DormBuilding::name).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        for (Counselor c : roster.counselors()) {
            if (c.dormitory() != null) {
                for (String part : c.dormitory().split("[,，、;；/]")) {
                    String name = part.strip();
                    if (!name.isEmpty() && !known.contains(name)) {
                        named.add(name);
                    }
                }
            }
        }
        return List.copyOf(named);
    }

    public DormBuilding saveBuilding(DormBuilding draft) {
        access.guard().require(Operation.FACILITIES_EDIT);
        DormBuilding b = new DormBuilding(draft.id(), draft.name() == null ? null : draft.name().strip(),
                draft.students(), draft.counselorOffice(), draft.activityRoom(),
                draft.note() == null || draft.note().isBlank() ? null : draft.note().strip(), draft.version());
        List<FieldError> errors = new ArrayList<>(GuaranteeValidator.building(b));
        if (errors.isEmpty() && repo.nameTaken(b.name(), b.id())) {
            errors.add(FieldError.of("guarantee.field.building", "guarantee.validation.buildingTaken", b.name()));
        }
        AllowanceService.refuse(errors);
        return tx.inTransaction(() -> {
            if (b.id() == null) {
                DormBuilding stored = repo.building(repo.insertBuilding(b)).orElseThrow();
                access.audit().changed("dorm_building", stored.id(), null, stored);
                return stored;
            }
            DormBuilding before = repo.building(b.id()).orElse(null);
            if (before == null || !repo.updateBuilding(b)) {
                throw access.audit().stale("dorm_building", b.id(), before, before == null);
            }
            DormBuilding after = repo.building(b.id()).orElseThrow();
            access.audit().changed("dorm_building", b.id(), before, after);
            return after;
        });
    }

    public List<GradeMeeting> gradeMeetings(int schoolYear) {
        return repo.gradeMeetings(schoolYear);
    }

    public GradeMeeting saveGradeMeeting(GradeMeeting draft) {
        access.guard().require(Operation.FACILITIES_EDIT);
        GradeMeeting g = new GradeMeeting(draft.grade() == null ? null : draft.grade().strip(), draft.schoolYear(),
                draft.term(), draft.scheduled(), draft.version());
        AllowanceService.refuse(GuaranteeValidator.gradeMeeting(g, LocalDate.now(clock)));
        String id = g.grade() + "/" + g.schoolYear() + "/" + g.term();
        return tx.inTransaction(() -> {
            GradeMeeting before = find(g).orElse(null);
            boolean ok = g.version() == 0 ? repo.insertGradeMeeting(g) : repo.updateGradeMeeting(g);
            if (!ok) {
                throw access.audit().stale("grade_meeting", id, before, before == null);
            }
            GradeMeeting after = find(g).orElseThrow();
            access.audit().changed("grade_meeting", id, before, after);
            return after;
        });
    }

    private java.util.Optional<GradeMeeting> find(GradeMeeting g) {
        return repo.gradeMeetings(g.schoolYear()).stream()
                .filter(x -> x.grade().equals(g.grade()) && x.term() == g.term()).findFirst();
    }

    /** DORM_OFFICE: the buildings housing students that lack the office or the activity room (none: no finding). */
    public List<Finding> findings() {
        List<String> lacking = repo.buildings().stream().filter(DormBuilding::lacking).map(this::describe).toList();
        if (lacking.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(DORM_OFFICE, Finding.Severity.WARNING, null, null, null,
                m.get("guarantee.finding.DORM_OFFICE", String.join(m.get("guarantee.sep"), lacking))));
    }

    private String describe(DormBuilding b) {
        String what = !b.counselorOffice() && !b.activityRoom() ? m.get("guarantee.dorm.lacksBoth")
                : !b.counselorOffice() ? m.get("guarantee.dorm.lacksOffice") : m.get("guarantee.dorm.lacksRoom");
        return m.get("guarantee.dorm.lacking", b.name(), b.students(), what);
    }
}
