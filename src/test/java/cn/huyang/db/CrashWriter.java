package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.locks.LockSupport;
import org.jooq.impl.DSL;

/**
 * Run in a child JVM by {@link KillTest}: opens the data folder and writes through the real services
 * in a loop, printing {@code D <id>} / {@code C <id>} after each transaction has committed, until
 * killed. Arguments: data folder, round number (keeps codes and ID numbers unique across rounds), and
 * optionally {@code bulk}: a bulk transaction ({@link Transactor#inBulkTransaction}, H2 writing in the
 * background) inserts training sessions on another thread meanwhile, never committing.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        H2Store db = H2Store.open(new DataFolder(folder));
        RosterService roster = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone()).roster();
        if (args.length > 2 && args[2].equals("bulk")) {
            Thread bulk = new Thread(() -> db.transactor().inBulkTransaction(() -> {
                for (int i = 0; i < 400; i++) {
                    var insert = db.dsl().insertInto(TRAINING_SESSION, TRAINING_SESSION.COURSE,
                            TRAINING_SESSION.TRAINING_LEVEL, TRAINING_SESSION.CATEGORY, TRAINING_SESSION.START_DATE,
                            TRAINING_SESSION.END_DATE, TRAINING_SESSION.HOURS, TRAINING_SESSION.UID,
                            TRAINING_SESSION.CHANGED_AT, TRAINING_SESSION.CHANGED_BY, TRAINING_SESSION.CHANGE_SEQ);
                    for (int j = 0; j < 500; j++) {
                        insert = insert.values(DSL.val("批量" + i + "-" + j), DSL.val("SCHOOL"), DSL.val("ROUTINE"),
                                DSL.val(LocalDate.of(2024, 3, 1)), DSL.val(LocalDate.of(2024, 3, 2)),
                                DSL.val(BigDecimal.ONE), DSL.val(Stamps.newUid()), DSL.val(LocalDateTime.now()),
                                DSL.val(Stamps.SYSTEM), Stamps.nextSeq());
                    }
                    insert.execute();
                    synchronized (System.out) {
                        System.out.println("B " + i);
                        System.out.flush();
                    }
                }
                LockSupport.park(); // open until killed
                return null;
            }), "bulk");
            bulk.setDaemon(true);
            bulk.start();
        }
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
                synchronized (System.out) {
                    System.out.println("C " + c.id());
                }
            }
            System.out.flush();
        }
    }
}
