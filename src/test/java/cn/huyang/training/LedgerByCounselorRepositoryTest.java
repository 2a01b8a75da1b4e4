package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger sorted by counselor or department reads the same pages whether it walks the counselors (as a
 * large ledger does) or sorts every record (as a small one does), and in the order an office expects: the
 * name (or department, then name), the counselor, the latest training first. Namesakes keep their records
 * apart; counselors without records take no place.
 */
class LedgerByCounselorRepositoryTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate ENTRY = LocalDate.of(2018, 9, 1);

    @TempDir
    Path dir;
    Store db;
    TrainingService training;
    Department cs;
    Department me;
    final List<Counselor> counselors = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        AppContext ctx = new AppContext(db, Messages.forLanguage("zh"),
                Clock.fixed(LocalDate.of(2026, 1, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        RosterService roster = ctx.roster();
        training = ctx.training();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = roster.saveDepartment(new Department(null, "JD", "机电系", 2, true));
        String[] names = {"张伟", "李娜", "张伟", "王芳", "阿依古丽", "赵磊", "李娜", "陈静"};
        for (int i = 0; i < names.length; i++) {
            Department d = i % 3 == 0 ? me : cs;
            counselors.add(roster.register(TestData.counselor(names[i], d.id(), PostType.FULL_TIME, i + 1, ENTRY),
                    ENTRY));
        }
        // sessions over three years; 陈静 (the last) has none, the others between 1 and 6 records
        for (int s = 0; s < 9; s++) {
            int n = s;
            List<TrainingSession.Attendee> who = counselors.subList(0, counselors.size() - 1).stream()
                    .filter(c -> (c.id() + n) % 3 != 0 || n == 0)
                    .map(c -> new TrainingSession.Attendee(null, c.id(), null, null, null)).toList();
            LocalDate start = LocalDate.of(2023 + s % 3, 3 + s, 1);
            training.save(new TrainingSession(null, "课程" + s, "学工部", TrainingLevel.SCHOOL,
                    TrainingCategory.ROUTINE, start, start, new BigDecimal("4"), new BigDecimal("100"), null, who));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void walkingTheCounselorsReadsTheSamePagesAsSortingEveryRecord() {
        // counting one counselor first, then two, four…: pages fall across the batches
        TrainingLedgerRepository walks = new TrainingLedgerRepository(db.dsl(), 0, 1);
        TrainingLedgerRepository sorts = new TrainingLedgerRepository(db.dsl(), Integer.MAX_VALUE, 1);
        List<LedgerFilter> filters = List.of(new LedgerFilter(null, null, null, null, null, null),
                LedgerFilter.year(2024), new LedgerFilter(null, null, null, cs.id(), null, null),
                new LedgerFilter(2025, null, null, null, "张", null), new LedgerFilter(null, null, null, null, "无此人",
                        null));
        int pages = 0;
        for (LedgerFilter f : filters) {
            for (LedgerSort.Column column : List.of(LedgerSort.Column.COUNSELOR, LedgerSort.Column.DEPARTMENT)) {
                for (boolean up : List.of(true, false)) {
                    LedgerSort sort = new LedgerSort(column, up);
                    int total = sorts.page(f, sort, 0, 1).total();
                    for (int limit : List.of(1, 4, 7)) {
                        for (int offset = 0; offset <= total + 1; offset++) {
                            assertThat(ids(walks.page(f, sort, offset, limit)))
                                    .as("%s %s offset %d limit %d", f, sort, offset, limit)
                                    .isEqualTo(ids(sorts.page(f, sort, offset, limit)));
                            pages++;
                        }
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(400);
    }

    @Test
    void byNameTheNamesakesKeepTheirRecordsTogetherLatestTrainingFirst() {
        TrainingLedgerRepository walks = new TrainingLedgerRepository(db.dsl(), 0, LedgerByCounselorRepository.FIRST_BATCH);
        LedgerFilter all = new LedgerFilter(null, null, null, null, null, null);
        List<LedgerRow> every = walks.page(all, LedgerSort.NEWEST_FIRST, 0, 1_000).rows();
        // the names in the database's own order (its collation), the rest of the order from the rows
        List<String> inOrder = db.dsl().selectDistinct(COUNSELOR.NAME).from(COUNSELOR).orderBy(COUNSELOR.NAME)
                .fetch(COUNSELOR.NAME);
        Map<Long, String> names = counselors.stream().collect(Collectors.toMap(Counselor::id, Counselor::name));
        Comparator<LedgerRow> byName = Comparator.comparingInt((LedgerRow r) -> inOrder.indexOf(names.get(r.counselorId())))
                .thenComparingLong(LedgerRow::counselorId)
                .thenComparing(Comparator.comparing(LedgerRow::startDate).reversed())
                .thenComparing(Comparator.comparingLong(LedgerRow::recordId).reversed());
        List<Long> expected = every.stream().sorted(byName).map(LedgerRow::recordId).toList();

        List<Long> read = new ArrayList<>();
        for (int offset = 0; offset < every.size(); offset += 5) {
            read.addAll(ids(walks.page(all, new LedgerSort(LedgerSort.Column.COUNSELOR, true), offset, 5)));
        }
        assertThat(read).isEqualTo(expected);
        Function<Long, String> name = id -> every.stream().filter(r -> r.recordId() == id).findFirst()
                .map(LedgerRow::counselor).orElseThrow();
        assertThat(read.stream().map(name).distinct().toList()).as("陈静 has no records")
                .isEqualTo(inOrder.stream().filter(n -> !n.equals("陈静")).toList());
        assertThat(every).hasSizeGreaterThan(30);
    }

    private static List<Long> ids(LedgerPage page) {
        return page.rows().stream().map(LedgerRow::recordId).toList();
    }
}
