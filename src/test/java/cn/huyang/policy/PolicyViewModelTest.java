package cn.huyang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 政策参数 dialog's state without a screen, on a real H2; today is 2026-11-30. */
class PolicyViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    PolicyViewModel vm;
    final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        vm = new PolicyViewModel(ctx.policy(), new ImmediateRunner(), Messages.forLanguage("zh"));
        vm.setOnChanged(changed::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void choose(PolicyKey key) {
        vm.selectedProperty().set(vm.parameters().stream().filter(r -> r.key() == key).findFirst().orElseThrow());
    }

    @Test
    void aRetroactiveChangeIsRefusedOnTheReasonFieldUntilOneIsGivenAndTheInputIsKept() {
        assertThat(vm.parameters()).hasSize(PolicyKey.values().length);
        assertThat(vm.unitNameProperty().get()).isEqualTo("阿克苏职业技术学院");
        ctx.titles().confirm(2025, LocalDate.of(2025, 12, 1));
        choose(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS);
        assertThat(vm.valueProperty().get()).isEqualTo("1");
        vm.valueProperty().set("2");
        vm.fromProperty().set(LocalDate.of(2025, 9, 1));
        vm.noteProperty().set("院发〔2025〕7号");
        vm.save();
        assertThat(vm.errors()).containsOnlyKeys("policy.field.reason");
        assertThat(vm.errorTextProperty().get()).startsWith("追溯修改原因：生效日期 2025-09-01 不晚于已确认的 2025 年度年末");
        assertThat(vm.valueProperty().get()).isEqualTo("2");
        assertThat(changed.get()).isZero();

        vm.reasonProperty().set("补录 2025 年 9 月的决定");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已记录：青年教师晋升须任辅导员或班主任年限 自 2025-09-01 起为 2");
        assertThat(vm.selectedProperty().get().key()).isEqualTo(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS);
        assertThat(vm.selectedProperty().get().inForce().value()).isEqualTo("2");
        assertThat(vm.history()).extracting(r -> r.value().value(), PolicyViewModel.HistoryRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "现行"),
                        org.assertj.core.groups.Tuple.tuple("1", "已被取代"));
        assertThat(vm.history().get(0).value().reason()).isEqualTo("补录 2025 年 9 月的决定");
        assertThat(changed.get()).isEqualTo(1);
    }

    @Test
    void anUnreadableDateAndABlankUnitNameAreRefusedNamingTheField() {
        vm.valueProperty().set("150");
        vm.dateTyped("明年元旦", false);
        vm.noteProperty().set("x");
        vm.save();
        assertThat(vm.errorTextProperty().get()).isEqualTo("生效日期：日期无法识别，请按 2024-09-01 的格式填写");
        vm.unitNameProperty().set(" ");
        vm.saveUnit();
        assertThat(vm.errors()).containsOnlyKeys("unit.field.NAME");
        vm.unitNameProperty().set("胡杨学院");
        vm.saveUnit();
        assertThat(vm.messageProperty().get()).isEqualTo("单位信息已保存");
        assertThat(ctx.policy().unitName()).isEqualTo("胡杨学院");
    }
}
