package cn.huyang.training;

import java.util.List;

/**
 * A stored session, and the attendees who were not on the roster on its dates: stored all the
 * same, with the finding {@code TRAINING_OUTSIDE_SERVICE}.
 */
public record SaveResult(TrainingSession session, List<String> outsideService) {
}
