package cn.huyang.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The class hours of training each counselor took in a year, for the appraisal form's 备注. The
 * training feature provides it; until it is wired in (AppContext), {@link #NONE} knows of none.
 */
@FunctionalInterface
public interface TrainingHoursSource {
    TrainingHoursSource NONE = year -> Map.of();

    Map<Long, BigDecimal> hoursByCounselor(int year);
}
