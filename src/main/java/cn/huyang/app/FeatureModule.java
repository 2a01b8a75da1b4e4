package cn.huyang.app;

import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.demo.DemoExtra;
import java.util.List;
import java.util.Optional;

/**
 * One feature as the composition root assembles it: it builds its repositories and services on
 * the open store, and contributes its findings, its demo data, its tab and its menu items. A module takes the
 * modules it reads from in its constructor; {@link Modules} lists them, dependencies first.
 */
public interface FeatureModule {
    /** Builds the feature's services; called once, after the modules it depends on. */
    void start(Kernel kernel);

    /** Its findings for {@code check} and the 合规提示 of a year. */
    default List<FindingSource> findingSources() {
        return List.of();
    }

    /** Its findings that also show on a counselor's roster row. */
    default List<CounselorFindingSource> rosterFindingSources() {
        return List.of();
    }

    /** Its demo data, written after the roster and the training ledger. */
    default List<DemoExtra> demoData() {
        return List.of();
    }

    /** Its items in the window's 文件 menu (e.g. 政策参数…); known before the store opens. */
    default List<MenuAction> fileMenu() {
        return List.of();
    }

    /** Its tab in the main window, if it has one; known before the store opens. */
    default Optional<TabSpec> tab() {
        return Optional.empty();
    }
}
