package cn.huyang.demo;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Progress;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorRepository;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Department;
import cn.huyang.roster.DepartmentRepository;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.Position;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import cn.huyang.roster.RosterEventRepository;
import cn.huyang.roster.TitleRank;
import cn.huyang.training.TrainingRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, deterministic demo data: departments with enrolled students per year, counselors
 * with every field and an entry/leave/exit history. The same seed gives the same data on the
 * same day. The window, the {@code demo} command, the tests and the benchmark all use it.
 */
public class DemoDataGenerator {
    private final Transactor tx;
    private final DepartmentRepository departments;
    private final CounselorRepository counselors;
    private final RosterEventRepository events;
    private final TrainingRepository training;
    private final Clock clock;
    private final List<DemoExtra> extras = new ArrayList<>();
    private final Access access;

    public DemoDataGenerator(Transactor tx, DepartmentRepository departments, CounselorRepository counselors,
                             RosterEventRepository events, TrainingRepository training, Clock clock, Access access) {
        this.access = access;
        this.tx = tx;
        this.departments = departments;
        this.counselors = counselors;
        this.events = events;
        this.training = training;
        this.clock = clock;
    }

    /** Adds another feature's demo data to every generation, written after the roster and training, in order. */
    public void also(DemoExtra extra) {
        extras.add(extra);
    }

    /** What the demo asks for. */
    public record Request(int counselors, int years, long seed) {
        public Request {
            if (counselors < 1 || counselors > 100_000) {
                throw new IllegalArgumentException("counselors must lie between 1 and 100000");
            }
            if (years < 1 || years > 30) {
                throw new IllegalArgumentException("years must lie between 1 and 30");
            }
        }
    }

    /** What was written. */
    public record Summary(int departments, int counselors, int events, int enrolmentRows, int trainingRecords) {
    }

    public boolean databaseHoldsData() {
        return departments.count() > 0 || counselors.count() > 0;
    }

    /**
     * Writes the demo data in one transaction; refuses a database that holds data unless {@code force}.
     * The user's right ({@link Operation#DEMO_DATA}) is asked first; the features' parts are then the
     * program's, and the audit log keeps one row for the whole.
     */
    public Summary generate(Request request, boolean force, Progress progress) {
        access.guard().require(Operation.DEMO_DATA);
        return tx.inBulkTransaction(() -> {
            if (!force && databaseHoldsData()) {
                throw new IllegalStateException("database holds data");
            }
            Summary done = access.audit().asOne(() -> access.guard().asProgram(() -> write(request, progress)));
            access.audit().record(AuditAction.DEMO, "demo", null, java.util.Map.of("counselors", done.counselors(),
                    "departments", done.departments(), "years", request.years(), "seed", request.seed(),
                    "trainingRecords", done.trainingRecords(), "replaced", force));
            return done;
        });
    }

    private Summary write(Request request, Progress progress) {
        Random random = new Random(request.seed());
        LocalDate today = LocalDate.now(clock);
        int thisYear = today.getYear();
        int departmentCount = Math.max(4, Math.min(200, (request.counselors() + 99) / 100));
        List<Department> depts = createDepartments(departmentCount);
        Set<String> ids = new HashSet<>();
        counselors.findAll().forEach(c -> ids.add(c.idNumber()));
        double[] inPost = new double[depts.size()];
        int eventCount = 0;
        List<Counselor> drafts = new ArrayList<>(request.counselors());
        List<List<RosterEvent>> histories = new ArrayList<>(request.counselors());
        for (int i = 0; i < request.counselors(); i++) {
            int d = random.nextInt(depts.size());
            Counselor draft = counselor(random, depts.get(d).id(), today, request.years(), ids);
            List<RosterEvent> steps = history(random, draft.entryDate(), today, request.years());
            drafts.add(draft);
            histories.add(steps);
            eventCount += steps.size();
            RosterEventKind last = steps.get(steps.size() - 1).kind();
            if (last == RosterEventKind.REGISTER || last == RosterEventKind.RETURN) {
                inPost[d] += draft.isFullTime() ? 1 : 1.0 / 3;
            }
            if (i % 200 == 0) {
                progress.update(i, request.counselors());
            }
        }
        writeRoster(drafts, histories);
        int enrolmentRows = 0;
        for (int d = 0; d < depts.size(); d++) {
            // About 200 students per counselor in post: some departments short, others not.
            double load = 165 + random.nextInt(60);
            int base = (int) Math.max(300, inPost[d] * load);
            for (int y = thisYear - request.years() + 1; y <= thisYear; y++) {
                int drift = (int) (base * (0.92 + 0.04 * (y - thisYear + request.years())));
                departments.setEnrolment(depts.get(d).id(), y, drift);
                enrolmentRows++;
            }
        }
        List<Counselor> all = counselors.findAll();
        int trainingRecords = new TrainingDemoData(training, random, today).write(all, events.histories(null),
                thisYear - request.years() + 1, thisYear);
        for (DemoExtra extra : extras) {
            extra.write(thisYear, request.years(), request.seed());
        }
        progress.update(request.counselors(), request.counselors());
        return new Summary(depts.size(), request.counselors(), eventCount, enrolmentRows, trainingRecords);
    }

    private List<Department> createDepartments(int count) {
        List<Department> out = new ArrayList<>();
        int base = DemoNames.DEPARTMENTS.size();
        for (int i = 0; i < count; i++) {
            int campus = i / base;
            String name = DemoNames.CAMPUSES.get(campus % DemoNames.CAMPUSES.size())
                    + (campus >= DemoNames.CAMPUSES.size() ? (campus / DemoNames.CAMPUSES.size() + 1) : "")
                    + DemoNames.DEPARTMENTS.get(i % base);
            String code = DemoNames.DEPARTMENT_CODES.get(i % base) + (campus == 0 ? "" : String.valueOf(campus + 1));
            var existing = departments.findByName(name);
            if (existing.isPresent()) {
                out.add(existing.get());
            } else if (!departments.codeTaken(code, null)) {
                Department d = new Department(null, code, name, i + 1, true);
                out.add(new Department(departments.insert(d), code, name, i + 1, true));
            }
        }
        return out;
    }

    private Counselor counselor(Random r, long departmentId, LocalDate today, int years, Set<String> ids) {
        boolean male = r.nextBoolean();
        double e = r.nextDouble();
        String ethnicity = e < 0.55 ? "汉族" : e < 0.85 ? "维吾尔族" : e < 0.90 ? "哈萨克族" : e < 0.95 ? "回族"
                : e < 0.97 ? "柯尔克孜族" : "蒙古族";
        String name = switch (ethnicity) {
            case "维吾尔族" -> pick(r, male ? DemoNames.UYGHUR_MALE : DemoNames.UYGHUR_FEMALE);
            case "哈萨克族", "柯尔克孜族" -> pick(r, DemoNames.KAZAKH);
            default -> pick(r, DemoNames.SURNAMES) + pick(r, male ? DemoNames.GIVEN_MALE : DemoNames.GIVEN_FEMALE);
        };
        LocalDate birth = LocalDate.of(today.getYear() - 24 - r.nextInt(32), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String id = uniqueId(r, birth, male, ids);
        Education education = weighted(r, new Education[]{Education.DOCTORAL, Education.MASTER, Education.BACHELOR,
                Education.JUNIOR_COLLEGE}, new int[]{2, 36, 57, 5});
        Degree degree = switch (education) {
            case DOCTORAL -> Degree.DOCTOR;
            case MASTER -> Degree.MASTER;
            case BACHELOR -> r.nextInt(10) == 0 ? Degree.NONE : Degree.BACHELOR;
            default -> Degree.NONE;
        };
        PoliticalStatus political = weighted(r, PoliticalStatus.values(), new int[]{72, 8, 9, 2, 9});
        PostType post = r.nextInt(100) < 78 ? PostType.FULL_TIME : PostType.PART_TIME;
        Position position = post == PostType.PART_TIME ? Position.COUNSELOR
                : weighted(r, Position.values(), new int[]{84, 5, 5, 5, 1});
        EmploymentForm form = weighted(r, EmploymentForm.values(), new int[]{55, 38, 5, 2});
        LocalDate earliest = birth.plusYears(22);
        LocalDate oldest = today.minusYears(years + 10L);
        LocalDate from = earliest.isAfter(oldest) ? earliest : oldest;
        long span = Math.max(1, today.minusMonths(1).toEpochDay() - from.toEpochDay());
        LocalDate entry = LocalDate.ofEpochDay(from.toEpochDay() + (long) (r.nextDouble() * span));
        if (entry.isAfter(today)) {
            entry = today;
        }
        int serviceYears = today.getYear() - entry.getYear();
        TitleRank title = serviceYears < 2 ? (r.nextBoolean() ? null : TitleRank.ASSISTANT)
                : serviceYears < 6 ? weighted(r, new TitleRank[]{TitleRank.ASSISTANT, TitleRank.LECTURER}, new int[]{40, 60})
                : weighted(r, TitleRank.values(), new int[]{10, 55, 30, 5});
        LocalDate titleDate = title == null ? null : entry.plusDays(r.nextInt((int) Math.max(1,
                today.toEpochDay() - entry.toEpochDay())));
        String rank = r.nextInt(3) == 0 ? null : pick(r, DemoNames.ADMIN_RANKS);
        LocalDate rankDate = rank == null ? null : entry.plusDays(r.nextInt((int) Math.max(1,
                today.toEpochDay() - entry.toEpochDay())));
        String phone = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
        int students = post == PostType.FULL_TIME ? 150 + r.nextInt(110) : 40 + r.nextInt(50);
        int grade = today.getYear() - r.nextInt(3);
        String classes = grade + "级" + pick(r, DemoNames.MAJORS).substring(0, 2) + (1 + r.nextInt(3)) + "班、"
                + (2 + r.nextInt(3)) + "班";
        String dormitory = (1 + r.nextInt(16)) + "号学生公寓";
        return new Counselor(null, name, male ? Gender.MALE : Gender.FEMALE, ethnicity, birth, id, political,
                education, degree, pick(r, DemoNames.MAJORS), departmentId, post, position, form, entry, title,
                titleDate, rank, rankDate, phone, students, classes, dormitory, CounselorStatus.ACTIVE, null);
    }

    /**
     * The counselors in one go (one batch), then their histories, then the status of those whose history
     * does not end in post, a statement per status: the rows, ids and versions as written one by one.
     */
    private void writeRoster(List<Counselor> drafts, List<List<RosterEvent>> histories) {
        java.util.Map<String, Long> idOf = counselors.insertAll(drafts);
        List<RosterEvent> all = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            long id = idOf.get(drafts.get(i).idNumber());
            for (RosterEvent e : histories.get(i)) {
                all.add(new RosterEvent(null, id, e.kind(), e.date(), e.reason(), null));
            }
        }
        events.insertAll(all);
        java.util.Map<CounselorStatus, List<Long>> byStatus = new java.util.EnumMap<>(CounselorStatus.class);
        for (int i = 0; i < drafts.size(); i++) {
            RosterEventKind last = histories.get(i).get(histories.get(i).size() - 1).kind();
            CounselorStatus status = switch (last) {
                case REGISTER, RETURN -> CounselorStatus.ACTIVE;
                case LEAVE -> CounselorStatus.ON_LEAVE;
                case DEREGISTER -> CounselorStatus.DEREGISTERED;
            };
            if (status != CounselorStatus.ACTIVE) {
                byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(idOf.get(drafts.get(i).idNumber()));
            }
        }
        byStatus.forEach((status, ids) -> counselors.updateStatus(ids, status));
    }

    /** Registration at entry; some leave and return; some deregister; a few come back (counselor not yet known). */
    private static List<RosterEvent> history(Random r, LocalDate entry, LocalDate today, int years) {
        List<RosterEvent> steps = new ArrayList<>(3);
        steps.add(step(RosterEventKind.REGISTER, entry, null));
        LocalDate last = entry;
        LocalDate windowStart = today.minusYears(years);
        LocalDate from = last.isAfter(windowStart) ? last : windowStart;
        int roll = r.nextInt(100);
        if (roll < 10 && from.isBefore(today.minusDays(60))) {
            LocalDate leave = between(r, from, today.minusDays(30));
            steps.add(step(RosterEventKind.LEAVE, leave, pick(r, DemoNames.LEAVE_REASONS)));
            if (r.nextInt(3) > 0) {
                steps.add(step(RosterEventKind.RETURN, between(r, leave.plusDays(1), today), null));
            }
        } else if (roll < 19 && from.isBefore(today.minusDays(30))) {
            LocalDate gone = between(r, from.plusDays(1), today);
            steps.add(step(RosterEventKind.DEREGISTER, gone, pick(r, DemoNames.DEREGISTER_REASONS)));
            if (roll == 18 && gone.isBefore(today.minusDays(10))) {
                steps.add(step(RosterEventKind.REGISTER, between(r, gone.plusDays(1), today), null));
            }
        }
        return steps;
    }

    private static RosterEvent step(RosterEventKind kind, LocalDate date, String reason) {
        return new RosterEvent(null, 0, kind, date, reason, null);
    }

    private static LocalDate between(Random r, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays((long) (r.nextDouble() * (span + 1)));
    }

    private static String uniqueId(Random r, LocalDate birth, boolean male, Set<String> ids) {
        while (true) {
            String region = pick(r, DemoNames.REGIONS);
            int seq = r.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + String.format("%03d", seq);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (ids.add(id)) {
                return id;
            }
        }
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static <T> T weighted(Random r, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
