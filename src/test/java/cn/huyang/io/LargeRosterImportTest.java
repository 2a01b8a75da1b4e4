package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster import as large as a college's ({@link Transactor#BULK_ROWS} rows and more) is written in one bulk
 * transaction: all of it, or on a failure nothing, and the counselors registered after it are numbered after
 * it, as after any import.
 */
class LargeRosterImportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final int ROWS = Transactor.BULK_ROWS + 20;

    @TempDir
    Path dir;
    Store db;
    RosterService roster;
    RosterImportService imports;
    Department cs;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        roster = ctx.roster();
        imports = ctx.rosterImport();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** ROWS counselors, every tenth in a department the college does not have yet. */
    private Path largeFile(String name, int firstSeq) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("姓名", "身份证号", "系部", "岗位类型", "入职日期"));
        for (int i = 0; i < ROWS; i++) {
            rows.add(Arrays.asList("辅导员" + (firstSeq + i), id(firstSeq + i), i % 10 == 0 ? "外语系" : "计算机系",
                    "专职", "2020-09-01"));
        }
        return TestSheets.xlsx(dir.resolve(name), "Sheet1", rows);
    }

    private static String id(int n) {
        return TestData.id(LocalDate.of(1985, 1, 1).plusDays(n / 400), n % 2 == 0, n % 400);
    }

    private static Gender gender(int n) {
        return n % 2 == 0 ? Gender.MALE : Gender.FEMALE;
    }

    @Test
    void allOfItGoesInAndTheRosterGoesOnAfterIt() throws Exception {
        RosterImportPreview p = imports.preview(largeFile("large.xlsx", 0), new ImportOptions(null, false, true,
                null), () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).hasSize(ROWS);

        ImportOutcome o = imports.apply(p, false);

        assertThat(o.created()).isEqualTo(ROWS);
        assertThat(roster.counselors()).hasSize(ROWS);
        assertThat(roster.departments()).extracting(Department::name).contains("外语系");
        long lastImported = roster.counselors().stream().mapToLong(Counselor::id).max().orElseThrow();
        Counselor after = roster.register(TestData.counselor("之后", cs.id(), PostType.FULL_TIME, 9)
                .withIdentity(id(ROWS + 1), gender(ROWS + 1), null), LocalDate.of(2025, 6, 1));
        assertThat(after.id()).isGreaterThan(lastImported);
    }

    @Test
    void aFailureWhileWritingRollsAllOfItBack() throws Exception {
        RosterImportPreview p = imports.preview(largeFile("large.xlsx", 0), new ImportOptions(null, false, true,
                null), () -> false);
        // between the preview and the write, someone registers the last row's ID number
        roster.register(TestData.counselor("别人", cs.id(), PostType.FULL_TIME, 9)
                .withIdentity(id(ROWS - 1), gender(ROWS - 1), null), LocalDate.of(2020, 9, 1));

        assertThatThrownBy(() -> imports.apply(p, false)).isInstanceOf(ValidationException.class);

        assertThat(roster.counselors()).extracting(Counselor::name).containsExactly("别人");
        assertThat(roster.departments()).extracting(Department::name).doesNotContain("外语系");
    }
}
