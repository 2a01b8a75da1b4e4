package cn.huyang.app;

import cn.huyang.exchange.Rederive;
import cn.huyang.training.TrainingRepository;
import cn.huyang.worklog.MonthTallyRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** What a data package's rows ask to derive again, done by the features that own the derived tables. */
final class PackageRederive implements Rederive {
    private final TrainingRepository training;
    private final MonthTallyRepository tally;

    PackageRederive(TrainingRepository training, MonthTallyRepository tally) {
        this.training = training;
        this.tally = tally;
    }

    @Override
    public void after(Set<Long> sessions, Set<Long> counselors, LocalDate from, LocalDate to) {
        sessions.forEach(training::refreshTotals);
        training.refreshSummary(counselors);
        if (from != null) {
            tally.recount(counselors, YearMonth.from(from), YearMonth.from(to));
        }
    }
}
