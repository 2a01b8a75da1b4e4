package cn.huyang.title;

import java.util.List;

/** A year's review as the tab shows it: the review, its targets and every application checked and ranked. */
public record ReviewSheet(Review review, List<Target> targets, List<ApplicationRow> rows, List<String> unlockReasons) {
}
