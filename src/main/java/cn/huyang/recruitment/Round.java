package cn.huyang.recruitment;

import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A selection round (选聘批次): its year and title, the way candidates come, the weights of the written
 * test and the interview (together 100), its own conditions on top of 三(二)2 (a maximum age on a date,
 * a minimum education above 本科, a minimum degree, Party membership required rather than expected,
 * other conditions in words, checked at the qualification review), the 公示 dates and the day it was
 * finished. {@code id} is null until stored; {@code version} as in the roster.
 */
public record Round(Long id, int year, String title, Way way, BigDecimal writtenWeight, BigDecimal interviewWeight,
                    Integer maxAge, LocalDate ageOn, Education minEducation, Degree minDegree, boolean partyRequired,
                    String otherConditions, LocalDate noticeStart, LocalDate noticeEnd, LocalDate finishedOn,
                    String note, int version) {

    /** The round with other 公示 dates. */
    public Round withNotice(LocalDate start, LocalDate end) {
        return new Round(id, year, title, way, writtenWeight, interviewWeight, maxAge, ageOn, minEducation, minDegree,
                partyRequired, otherConditions, start, end, finishedOn, note, version);
    }

    public Round withFinishedOn(LocalDate day) {
        return new Round(id, year, title, way, writtenWeight, interviewWeight, maxAge, ageOn, minEducation, minDegree,
                partyRequired, otherConditions, noticeStart, noticeEnd, day, note, version);
    }

    public boolean finished() {
        return finishedOn != null;
    }
}
