package cn.huyang.guarantee;

/**
 * A counselor's actual income of a year (实际收入), in fen: personal data, read and entered only by the
 * roles with {@code INCOME_VIEW} / {@code INCOME_EDIT}, masked in the audit log, never logged.
 */
public record CounselorIncome(long counselorId, int year, long incomeFen, int version) {
}
