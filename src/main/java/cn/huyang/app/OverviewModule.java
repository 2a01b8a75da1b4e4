package cn.huyang.app;

import java.util.Optional;

/**
 * 概览 and the team report: the figures span the features and the findings register, so the composition
 * root builds them once every module has started ({@link AppContext#overview()}); this module contributes
 * the first tab.
 */
public final class OverviewModule implements FeatureModule {
    @Override
    public void start(Kernel kernel) {
        // nothing of its own to start: the figures are built from the other modules' services
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("overviewTab", "tab.overview", "startup.opening", 0, OverviewTab::new));
    }
}
