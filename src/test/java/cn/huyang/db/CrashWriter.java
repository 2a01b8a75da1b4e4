package cn.huyang.db;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Run in a child JVM by {@link KillTest}: opens the data folder and writes through the real services
 * in a loop, printing {@code D <id>} / {@code C <id>} after each transaction has committed, until
 * killed. Arguments: data folder, round number (keeps codes and ID numbers unique across rounds).
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        H2Store db = H2Store.open(new DataFolder(folder));
        RosterService roster = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone()).roster();
        System.out.println("READY");
        System.out.flush();
        long departmentId = roster.saveDepartment(new Department(null, "R" + round, "第" + round + "轮系部", round, true)).id();
        System.out.println("D " + departmentId);
        System.out.flush();
        for (int i = 0; ; i++) {
            if (i % 10 == 9) {
                long d = roster.saveDepartment(new Department(null, "R" + round + "-" + i, "第" + round + "轮系部" + i, i, true)).id();
                System.out.println("D " + d);
            } else {
                int seq = round * 100_000 + i;
                LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(seq / 500);
                Counselor draft = TestData.counselor("辅导员" + seq, departmentId, PostType.FULL_TIME, 0);
                Counselor c = roster.register(new Counselor(null, draft.name(), draft.gender(), draft.ethnicity(), birth,
                        TestData.id(birth, true, seq % 500), draft.politicalStatus(), draft.education(),
                        draft.degree(), draft.major(), departmentId, draft.postType(), draft.position(),
                        draft.employmentForm(), draft.entryDate(), draft.title(), draft.titleDate(), null, null,
                        draft.phone(), draft.studentsInCharge(), draft.classesInCharge(), draft.dormitory(),
                        draft.status(), null), LocalDate.of(2024, 9, 1));
                System.out.println("C " + c.id());
            }
            System.out.flush();
        }
    }
}
