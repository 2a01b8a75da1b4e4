package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.io.PlannedRow.Action;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed fixtures (see {@link FixtureFiles}): the traps of real office files. */
class FixtureImportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final String LOST = "Excel 已把身份证号存成了数字（6.10104199003071E17），后几位已经丢失，无法还原。"
            + "请把该列设置为“文本”格式，再重新输入完整号码";

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(FixtureImportTest.class.getResource("/io/" + name).toURI());
    }

    @Test
    void theOfficeWorkbookHiddenNotesMergedTitleFullWidthFiveDateFormsAndNumericIdNumbers() throws Exception {
        RosterImportPreview p = ctx.rosterImport().preview(fixture("roster-traps.xlsx"), ImportOptions.defaults(),
                () -> false);
        assertThat(p.sheet()).isEqualTo("花名册");
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.refused()).containsExactly(
                new Refusal(9, "公民身份号码", "6.10104199003071E17", LOST),
                new Refusal(10, "公民身份号码", "6.10104199003071E+17", LOST.replace("E17", "E+17")));
        assertThat(p.rows()).extracting(PlannedRow::row, PlannedRow::action, r -> r.counselor().entryDate())
                .containsExactly(
                        tuple(4, Action.NEW, LocalDate.of(2015, 9, 1)),
                        tuple(5, Action.NEW, LocalDate.of(2018, 9, 1)),
                        tuple(6, Action.NEW, LocalDate.of(2016, 9, 1)),
                        tuple(7, Action.NEW, LocalDate.of(2019, 9, 1)),
                        tuple(8, Action.NEW, LocalDate.of(2020, 9, 1)));
        Counselor li = p.rows().get(1).counselor();
        assertThat(li.name()).isEqualTo("李娜");
        assertThat(li.idNumber()).isEqualTo(FixtureFiles.ID_B);
        assertThat(li.phone()).isEqualTo("13912345679");
        assertThat(li.birthDate()).isEqualTo(LocalDate.of(1992, 3, 8));
        assertThat(p.rows().get(4).counselor().gender()).isEqualTo(Gender.MALE);
        assertThat(p.rows().get(0).counselor().phone()).isEqualTo("13912345678");
    }

    @Test
    void theGbkCsvWithStraySpacesAndAnEmptyTrailingRow() throws Exception {
        RosterImportPreview p = ctx.rosterImport().preview(fixture("roster-gbk.csv"), ImportOptions.defaults(),
                () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).extracting(r -> r.counselor().name(), r -> r.counselor().entryDate())
                .containsExactly(tuple("张伟", LocalDate.of(2015, 9, 1)), tuple("李娜", LocalDate.of(2018, 9, 1)));
        ctx.rosterImport().apply(p, false);
        assertThat(ctx.roster().counselors()).hasSize(2);
    }
}
