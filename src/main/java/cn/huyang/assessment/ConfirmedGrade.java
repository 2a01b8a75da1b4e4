package cn.huyang.assessment;

/** A counselor's grade in a confirmed assessment year, and whether a veto (一票否决) forced it. */
public record ConfirmedGrade(long counselorId, int year, Grade grade, boolean vetoed) {
}
