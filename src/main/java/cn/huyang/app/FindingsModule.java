package cn.huyang.app;

import java.util.Optional;

/**
 * 合规提示: every feature's findings with their decisions. The register itself spans the features,
 * so the composition root builds it once every module has started ({@link AppContext#findings()});
 * this module contributes its tab.
 */
public final class FindingsModule implements FeatureModule {
    @Override
    public void start(Kernel kernel) {
        // nothing of its own to start: the register is built from the other modules' findings
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("findingsTab", "tab.findings", "startup.opening", 50, FindingsTab::new));
    }
}
