package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.BackupKind;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training records and a year's scores imported into a real H2 database, from files written with POI. */
class TrainingScoresImportTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 12, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Counselor zhao;
    Counselor qian;
    Counselor wangCs;
    Counselor wangJd;

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        Department jd = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
        LocalDate in = LocalDate.of(2020, 9, 1);
        zhao = ctx.roster().register(TestData.counselor("赵磊", cs.id(), PostType.FULL_TIME, 1), in);
        qian = ctx.roster().register(TestData.counselor("钱芳", cs.id(), PostType.FULL_TIME, 2), in);
        wangCs = ctx.roster().register(TestData.counselor("王伟", cs.id(), PostType.FULL_TIME, 3), in);
        wangJd = ctx.roster().register(TestData.counselor("王伟", jd.id(), PostType.FULL_TIME, 4), in);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static List<Object> r(Object... cells) {
        return Arrays.asList(cells);
    }

    static final List<Object> TRAINING_HEADER = r("所在系部", "姓名", "身份证号码", "培训名称", "主办单位", "培训级别",
            "培训类别", "开始日期", "结束日期", "学时", "证书编号", "人均经费", "备注");

    List<LedgerRow> ledger() {
        return ctx.training().page(LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST, 0, 100).rows();
    }

    @Test
    void trainingRecordsMatchByIdOrByNameAndDepartmentAndFormOneSession() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("台账.xlsx"), "台账", List.of(
                r("2025年辅导员培训台账"),
                TRAINING_HEADER,
                r(null, "赵磊", zhao.idNumber(), "心理健康教育专题培训", "学工部", "校级", "日常培训",
                        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11), 16, "XL-01", 300, null),
                r("计算机系", "王伟", null, "心理健康教育专题培训", "学工部", "校级", "日常培训",
                        "2025.3.10", "2025年3月11日", 12, "XL-02", 300, "请假半天"),
                r("机电系", "王伟", null, "辅导员骨干研修班", "自治区教育厅", "自治区级", "骨干",
                        LocalDate.of(2025, 7, 14), LocalDate.of(2025, 7, 18), 32, null, null, null)));
        TrainingImportPreview p = ctx.trainingImport().preview(file, null, () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).extracting(r -> r.row(), r -> r.counselor().id())
                .containsExactly(tuple(3, zhao.id()), tuple(4, wangCs.id()), tuple(5, wangJd.id()));

        ImportOutcome o = ctx.trainingImport().apply(p, false);
        assertThat(o.created()).isEqualTo(3);
        if (TestStores.postgres()) {
            assertThat(o.backup()).as("no copy of the server left on this PC").isNull();
        } else {
            assertThat(o.backup()).isNotNull();
        }
        List<LedgerRow> rows = ledger();
        assertThat(rows).hasSize(3);
        LedgerRow wang = rows.stream().filter(r -> r.counselorId() == wangCs.id()).findFirst().orElseThrow();
        LedgerRow z = rows.stream().filter(r -> r.counselorId() == zhao.id()).findFirst().orElseThrow();
        assertThat(wang.sessionId()).as("one training, one session").isEqualTo(z.sessionId());
        assertThat(wang.hours()).isEqualByComparingTo("12");
        assertThat(z.hours()).isEqualByComparingTo("16");
        assertThat(wang.note()).isEqualTo("请假半天");
        LedgerRow jd = rows.stream().filter(r -> r.counselorId() == wangJd.id()).findFirst().orElseThrow();
        assertThat(jd.level()).isEqualTo(TrainingLevel.REGIONAL);
        assertThat(jd.category()).isEqualTo(TrainingCategory.KEY_MEMBER);

        // The same file again: every record is already in the ledger; nothing is written.
        TrainingImportPreview again = ctx.trainingImport().preview(file, null, () -> false);
        assertThat(again.inLedger()).isEqualTo(3);
        assertThat(ctx.trainingImport().apply(again, false).created()).isZero();
        assertThat(ledger()).hasSize(3);
    }

    @Test
    void trainingRowsAreRefusedWithTheirReasonsAndNothingIsWritten() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("错.xlsx"), "台账", List.of(
                TRAINING_HEADER,
                r("计算机系", "钱芳", null, "党史学习", "学工部", "校级", "日常培训", "2025-04-01", "2025-04-01", 4,
                        null, null, null),
                r(null, "王伟", null, "党史学习", "学工部", "校级", "日常培训", "2025-04-01", "2025-04-01", 4, null,
                        null, null),
                r(null, "孙悦", null, "党史学习", "学工部", "校级", "日常培训", "2025-04-01", "2025-04-01", 4, null,
                        null, null),
                r(null, "赵磊", "652901199001011234", "党史学习", "学工部", "校级", "日常培训", "2025-04-01",
                        "2025-04-01", 4, null, null, null),
                r(null, "赵磊", zhao.idNumber(), "党史学习", "学工部", "市级", "日常培训", "2025-04-01", "2025-04-01",
                        4, null, null, null),
                r(null, "钱芳", qian.idNumber(), "党史学习", "学工部", "校级", "日常培训", "2025-04-01", "2025-04-01",
                        30, null, null, null),
                r("计算机系", "赵磊", qian.idNumber(), "党史学习", "学工部", "校级", "日常培训", "2025-04-01",
                        "明天", 4, null, null, null)));
        TrainingImportPreview p = ctx.trainingImport().preview(file, null, () -> false);
        assertThat(p.refused()).extracting(Refusal::row, Refusal::column, Refusal::value).containsExactly(
                tuple(3, "姓名", "王伟"),
                tuple(4, "姓名", "孙悦"),
                tuple(5, "身份证号码", "652901199001011234"),
                tuple(6, "培训级别", "市级"),
                tuple(7, "学时", "30"),
                tuple(8, "姓名", "赵磊"),
                tuple(8, "结束日期", "明天"));
        assertThat(p.refused()).extracting(Refusal::reason).containsExactly(
                "花名册上有 2 位“王伟”（计算机系、机电系），请填写身份证号或所在系部以区分",
                "花名册上没有名为“孙悦”的辅导员",
                "校验位不符（GB 11643），请逐位核对号码",
                "“市级”不是可选值。可选：校级、自治区级、国家级",
                p.refused().get(4).reason(),
                "该身份证号登记的是“钱芳”，与姓名不符",
                "“明天”不是可识别的日期。可写作 2025-07-14、2025/7/14、2025.07.14 或 2025年7月14日");
        assertThat(p.refused().get(4).reason()).contains("24");
        assertThat(p.rows()).extracting(TrainingImportPreview.Row::row).containsExactly(2);
        assertThatThrownBy(() -> ctx.trainingImport().apply(p, false)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger()).isEmpty();
        assertThat(db.backups().list()).noneMatch(b -> b.kind() == BackupKind.BEFORE_IMPORT);

        assertThat(ctx.trainingImport().apply(p, true).created()).isEqualTo(1);
        assertThat(ledger()).extracting(LedgerRow::counselor).containsExactly("钱芳");
    }

    static final List<Object> SCORES_HEADER = r("所在系部", "姓名", "身份证号", "学工部", "系部党总支", "学生测评",
            "组织人事部", "附加分", "一票否决", "总分");

    @Test
    void scoresOfAYearImportOverTheStoredOnesAndAMaskedExportImportsBack() throws Exception {
        ctx.assessment().saveEntries(2025, List.of(new Entry(2025, zhao.id(),
                Map.of(Party.OFFICE, new BigDecimal("80")), null, null, "总结", null, null, null)));
        Path file = TestSheets.xlsx(dir.resolve("成绩.xlsx"), "成绩", List.of(
                SCORES_HEADER,
                r("计算机系", "赵磊", zhao.idNumber(), null, 88, 90.5, "86", null, null, 999),
                r("计算机系", "钱芳", null, 95, 92, 93, 90, 2, null, null),
                r("机电系", "王伟", null, 70, 75, 72, 80, null, null, null)));
        ScoresImportPreview p = ctx.scoresImport().preview(file, 2025, null, () -> false);
        assertThat(p.refused()).isEmpty();
        assertThat(p.rows()).extracting(ScoresImportPreview.Row::row, ScoresImportPreview.Row::action)
                .containsExactly(tuple(2, PlannedRow.Action.UPDATE), tuple(3, PlannedRow.Action.NEW),
                        tuple(4, PlannedRow.Action.NEW));
        assertThat(p.rows().get(0).changes()).extracting(PlannedRow.Change::field, PlannedRow.Change::after)
                .containsExactly(tuple("系部党总支", "88"), tuple("学生测评", "90.5"), tuple("组织人事部", "86"));
        ImportOutcome o = ctx.scoresImport().apply(p, false);
        assertThat(o.created()).isEqualTo(2);
        assertThat(o.updated()).isEqualTo(1);
        Map<Long, Entry> stored = entries();
        assertThat(stored.get(zhao.id()).score(Party.OFFICE)).as("blank keeps the stored score")
                .isEqualByComparingTo("80");
        assertThat(stored.get(zhao.id()).score(Party.STUDENTS)).isEqualByComparingTo("90.5");
        assertThat(stored.get(zhao.id()).summary()).isEqualTo("总结");
        assertThat(stored.get(qian.id()).bonus()).isEqualByComparingTo("2");
        assertThat(stored.get(wangJd.id()).score(Party.PERSONNEL)).isEqualByComparingTo("80");

        // The results as exported by default (ID numbers masked) import back unchanged.
        Path export = dir.resolve("导出.xlsx");
        ctx.export().scores(export, 2025, false);
        ScoresImportPreview back = ctx.scoresImport().preview(export, 2025, null, () -> false);
        assertThat(back.refused()).isEmpty();
        assertThat(back.count(PlannedRow.Action.UNCHANGED)).isEqualTo(4);
    }

    @Test
    void scoresOutOfRangeAndStrangersAreRefusedAndNothingIsWritten() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("成绩.xlsx"), "成绩", List.of(
                SCORES_HEADER,
                r("计算机系", "赵磊", null, 101, 88, 90, 86, null, null),
                r("计算机系", "钱芳", null, 95, "九十", 93, -1, null, null),
                r("计算机系", "钱芳", null, 95, 92, 93, 90, 2, "迟到"),
                r("计算机系", "王伟", null, 95.555, 92, 93, 90, null, null)));
        ScoresImportPreview p = ctx.scoresImport().preview(file, 2025, null, () -> false);
        assertThat(p.refused()).extracting(Refusal::row, Refusal::column, Refusal::value).containsExactly(
                tuple(2, "学工部", "101"),
                tuple(3, "系部党总支", "九十"),
                tuple(3, "组织人事部", "-1"),
                tuple(4, "姓名", "钱芳"),
                tuple(4, "一票否决", "迟到"),
                tuple(5, "学工部", "95.555"));
        assertThat(p.refused().get(0).reason()).isEqualTo("“101”不是有效分数：应在 0 到 100 之间，最多两位小数");
        assertThat(p.refused().get(3).reason()).isEqualTo("与第 3 行是同一人");
        assertThat(p.refused().get(4).reason()).startsWith("“迟到”不在本年度考核方案的否决事项中");
        assertThatThrownBy(() -> ctx.scoresImport().apply(p, false)).isInstanceOf(IllegalStateException.class);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aConfirmedYearIsRefusedAsAWhole() throws Exception {
        Map<Party, BigDecimal> all = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            all.put(party, new BigDecimal("90"));
        }
        ctx.assessment().saveEntries(2025, List.of(zhao, qian, wangCs, wangJd).stream()
                .map(c -> new Entry(2025, c.id(), all, null, null, null, null, null, null)).toList());
        ctx.assessment().confirm(2025);
        Path file = TestSheets.xlsx(dir.resolve("成绩.xlsx"), "成绩", List.of(SCORES_HEADER,
                r("计算机系", "赵磊", null, 60, 60, 60, 60, null, null)));
        assertThatThrownBy(() -> ctx.scoresImport().preview(file, 2025, null, () -> false))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).render(ctx.messages()))
                        .contains("2025 年度考核结果已确认并锁定，请先解锁"));
        assertThat(entries().get(zhao.id()).score(Party.OFFICE)).isEqualByComparingTo("90");
    }

    @Test
    void templatesImportBackWithNothingRefused() throws Exception {
        Path training = dir.resolve("培训模板.xlsx");
        ctx.export().trainingTemplate(training);
        TrainingImportPreview t = ctx.trainingImport().preview(training, null, () -> false);
        assertThat(t.rows()).isEmpty();
        assertThat(t.refused()).isEmpty();

        Path scores = dir.resolve("成绩模板.xlsx");
        assertThat(ctx.export().scoresTemplate(scores, 2025, false)).isEqualTo(4);
        ScoresImportPreview s = ctx.scoresImport().preview(scores, 2025, null, () -> false);
        assertThat(s.refused()).isEmpty();
        assertThat(s.count(PlannedRow.Action.UNCHANGED)).isEqualTo(4);
    }

    private Map<Long, Entry> entries() {
        Map<Long, Entry> out = new java.util.HashMap<>();
        ctx.assessment().sheet(2025).rows().stream().filter(r -> !r.entry().scores().isEmpty())
                .forEach(r -> out.put(r.counselor().id(), r.entry()));
        return out;
    }
}
