package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.assessment.AssessmentViewModel;
import cn.huyang.assessment.GridRow;
import cn.huyang.assessment.Party;
import cn.huyang.common.Conflict;
import cn.huyang.common.ImmediateRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scores grids of two clients on the same year: B's save of a row A saved first is refused, B's
 * typing stays in the grid with both values shown; 用我的修改覆盖 saves it over A's, 采用当前记录 loads A's.
 */
class ScoreConflictsTest {
    @TempDir
    Path dir;
    TwoClients two;
    AssessmentViewModel onA;
    AssessmentViewModel onB;

    @BeforeEach
    void open() {
        two = new TwoClients(dir.resolve("data"));
        onA = grid(two.a);
        onB = grid(two.b);
    }

    @AfterEach
    void close() {
        two.close();
    }

    private static AssessmentViewModel grid(AppContext ctx) {
        AssessmentViewModel vm = new AssessmentViewModel(ctx.assessment(), new ImmediateRunner(), TwoClients.ZH);
        vm.yearProperty().set(2025);
        vm.load();
        return vm;
    }

    @Test
    void theSecondGridKeepsItsTypingAndChooses() {
        two.at(10, 42);
        onA.rows().get(0).score(Party.OFFICE).set("91");
        onA.save();
        onB.rows().get(0).score(Party.OFFICE).set("70");
        onB.rows().get(1).score(Party.OFFICE).set("75");
        onB.save();

        Conflict conflict = onB.conflicts().conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.message()).isEqualTo("此记录已被 张三 于 10:42 修改，您的修改尚未保存。");
        GridRow first = onB.rows().get(0);
        assertThat(conflict.differences()).containsExactly(
                new Conflict.Difference(first.name() + "：学工部", "70.00", "91.00"));
        assertThat(stored(0)).isEqualTo("91");
        assertThat(stored(1)).as("nothing of B's save stored").isNull();

        onB.conflicts().keepEditing();
        assertThat(first.score(Party.OFFICE).get()).as("the typing stays").isEqualTo("70");
        assertThat(onB.dirtyProperty().get()).isTrue();

        onB.save(); // refused again: the user has not chosen to overwrite
        onB.conflicts().overwrite();
        assertThat(onB.conflicts().conflictProperty().get()).isNull();
        assertThat(stored(0)).isEqualTo("70");
        assertThat(stored(1)).isEqualTo("75");
    }

    @Test
    void takingTheStoredRowsDropsTheTyping() {
        onA.rows().get(0).score(Party.BRANCH).set("88");
        onA.save();
        onB.rows().get(0).score(Party.BRANCH).set("60");
        onB.save();
        onB.conflicts().takeTheirs();
        assertThat(onB.rows().get(0).score(Party.BRANCH).get()).isEqualTo("88.00");
        assertThat(onB.dirtyProperty().get()).isFalse();
    }

    private String stored(int row) {
        var e = two.setup.assessment().sheet(2025).rows().get(row).entry();
        return e.score(Party.OFFICE) == null ? null : e.score(Party.OFFICE).stripTrailingZeros().toPlainString();
    }
}
