package cn.huyang.assessment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The Top Ten (十佳辅导员) of one year, as the assessment tab asks for it: in the background. */
public final class TopTenCommands {
    private final AssessmentService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final int year;
    private final Consumer<Throwable> onFailure;
    private final Consumer<String> onNotice;

    TopTenCommands(AssessmentService service, BackgroundRunner runner, Messages m, int year,
                   Consumer<Throwable> onFailure, Consumer<String> onNotice) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        this.year = year;
        this.onFailure = onFailure;
        this.onNotice = onNotice;
    }

    /** The year's 优秀 ranked, and how many the Top Ten holds that year. */
    public void candidates(BiConsumer<List<SheetRow>, Integer> show) {
        runner.run(m.get("assessment.loading", year), p -> java.util.Map.entry(service.topTenCandidates(year),
                service.topTenSize(year)), c -> show.accept(c.getKey(), c.getValue()), onFailure);
    }

    /** The counselors chosen earlier for the Top Ten of the year. */
    public void chosen(Consumer<Collection<Long>> show) {
        String award = m.get("assessment.topTen.award");
        runner.run(m.get("assessment.loading", year), p -> service.awards(year).entrySet().stream()
                .filter(e -> e.getValue().contains(award)).map(java.util.Map.Entry::getKey).toList(), show, onFailure);
    }

    public void choose(Collection<Long> ids, Runnable saved, Consumer<Throwable> refused) {
        runner.run(m.get("assessment.saving"), p -> {
            service.chooseTopTen(year, ids);
            return null;
        }, ok -> {
            saved.run();
            onNotice.accept(m.get("assessment.topTen.saved", ids.size(), year));
        }, refused);
    }
}
