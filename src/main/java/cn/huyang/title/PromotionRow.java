package cn.huyang.title;

/**
 * A step of the title or rank history as the records table shows it.
 *
 * @param source    评审 (written by a confirmed review), 手工 (entered by hand) or 花名册 (the roster's
 *                  current value before any history was kept)
 * @param deletable entered by hand and stored; steps from a review are refused by the service
 */
public record PromotionRow(Promotion promotion, String track, String grade, String source, boolean deletable) {
}
