package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.access.Actor;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.GuaranteeModule;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.guarantee.AllowancePayment;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finance office's allowance sheet: checked whole, previewed, all or nothing (H2, or PostgreSQL). */
class AllowanceImportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final Messages ZH = Messages.forLanguage("zh");
    static final List<Object> HEADER = List.of("系部", "姓名", "身份证号", "年度", "月份", "实发金额", "发放日期", "备注");

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    GuaranteeModule g;
    Counselor a1;
    Counselor a2;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"), CLOCK);
        ctx = new AppContext(db, ZH, CLOCK);
        g = GuaranteeModule.of(ctx);
        long dept = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true)).id();
        LocalDate in = LocalDate.of(2019, 9, 1);
        a1 = ctx.roster().register(TestData.counselor("甲一", dept, PostType.FULL_TIME, 11, in), in);
        a2 = ctx.roster().register(TestData.counselor("甲二", dept, PostType.FULL_TIME, 12, in), in);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path sheet(String name, List<List<Object>> rows) throws Exception {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("2025 年辅导员津贴发放表"));
        all.add(HEADER);
        all.addAll(rows);
        return TestSheets.xlsx(dir.resolve(name), "发放表", all);
    }

    List<AllowancePayment> stored() {
        List<AllowancePayment> out = new ArrayList<>(g.allowances().payments(a1.id(), 2025));
        out.addAll(g.allowances().payments(a2.id(), 2025));
        return out;
    }

    @Test
    void aGoodSheetGoesInWholeOnceWithOneAuditRow() throws Exception {
        Path file = sheet("good.xlsx", List.of(
                List.of("计算机系", "甲一", a1.idNumber(), 2025, 3, 1500, LocalDate.of(2025, 3, 10), "财务处"),
                List.of("计算机系", "甲二", "", "2025年", "3月", "1,499.50", "2025-03-12", "=1+1"),
                List.of("", "甲二", "", 2025, 4, 1500.5, LocalDate.of(2025, 4, 10), "")));
        AllowanceImportPreview p = g.allowanceImport().preview(file, null, () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).extracting(r -> r.payment().amountFen()).containsExactly(150000L, 149950L, 150050L);
        assertThat(p.rows().get(1).payment().note()).isEqualTo("=1+1"); // text, never a formula run
        assertThat(stored()).isEmpty(); // a preview writes nothing

        ImportOutcome o = g.allowanceImport().apply(p);
        assertThat(o.created()).isEqualTo(3);
        assertThat(stored()).hasSize(3);
        assertThat(ctx.audit().find(AuditQuery.all())).filteredOn(a -> "IMPORT".equals(a.action()))
                .singleElement().satisfies(a -> assertThat(a.details()).contains("\"created\":3"));

        AllowanceImportPreview again = g.allowanceImport().preview(file, null, () -> false);
        assertThat(again.toWrite()).isZero();
        assertThat(again.recorded()).isEqualTo(3);
        assertThat(g.allowanceImport().apply(again).created()).isZero();
        assertThat(stored()).hasSize(3);
    }

    @Test
    void oneBadRowAndNothingIsWritten() throws Exception {
        Path file = sheet("bad.xlsx", List.of(
                List.of("计算机系", "甲一", "", 2025, 3, 1500, LocalDate.of(2025, 3, 10), ""),
                List.of("计算机系", "甲二", "", 2025, 13, 1500, LocalDate.of(2025, 3, 10), ""),
                List.of("计算机系", "甲二", "", 2025, 4, -5, LocalDate.of(2025, 4, 10), ""),
                List.of("计算机系", "甲一", "", 2025, 4, 1500, LocalDate.of(2024, 11, 1), "")));
        AllowanceImportPreview p = g.allowanceImport().preview(file, null, () -> false);
        assertThat(p.refused()).extracting(Refusal::row, Refusal::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "月份"), org.assertj.core.groups.Tuple.tuple(5, "实发金额"),
                org.assertj.core.groups.Tuple.tuple(6, "发放日期"));
        assertThat(p.refused().get(0).reason()).isEqualTo("必须是 1 至 12 之间的整数，不能是 13");
        assertThat(p.refused().get(1).reason()).isEqualTo("不能为负数");
        assertThat(p.rows()).hasSize(1);

        assertThat(catchThrowableOfType(() -> g.allowanceImport().apply(p), IllegalStateException.class)).isNotNull();
        assertThat(stored()).isEmpty();
        assertThat(ctx.audit().find(AuditQuery.all())).noneMatch(a -> "IMPORT".equals(a.action()));
    }

    @Test
    void aRoleThatMayNotImportIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = sheet("ok.xlsx", List.of(
                List.of("计算机系", "甲一", "", 2025, 3, 1500, LocalDate.of(2025, 3, 10), "")));
        // 组织人事部 may enter payments, but not import files
        GuaranteeModule personnel = GuaranteeModule.of(new AppContext(db, ZH, CLOCK,
                new Session(new Actor(9, "rs", "人事处", Role.PERSONNEL, null))));
        AllowanceImportPreview p = personnel.allowanceImport().preview(file, null, () -> false);
        assertThat(catchThrowableOfType(() -> personnel.allowanceImport().apply(p), NotPermittedException.class))
                .isNotNull();
        assertThat(stored()).isEmpty();
    }
}
