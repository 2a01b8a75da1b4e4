package cn.huyang.title;

import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import java.math.BigDecimal;

/**
 * A target of a year's review: the plan (posts reserved for counselors, 单列计划), its criteria
 * (单设标准) and the panel's weights (单独评审). The college edits each; {@code defaults} stays true
 * until it does, so the shipped values are never mistaken for the college's.
 *
 * @param target           for a title the {@link cn.huyang.roster.TitleRank} name, for a rank its label
 * @param minYearsCurrent  years in the current title or rank at the cut-off date
 * @param minYearsBachelor years as counselor needed with a bachelor's degree or none
 * @param assessmentWindow the years before the review year whose assessments are read
 * @param minExcellent     优秀 needed in the window (0: none)
 * @param minOutputs       research outputs as lead since the current title (0: none)
 * @param version          the stored row's version when it was read (0: not stored)
 */
public record Target(int year, Track track, String target, int sortOrder, int posts, int minYearsCurrent,
                     int minYearsBachelor, int minYearsMaster, int minYearsDoctor, Education minEducation,
                     Degree minDegree, int assessmentWindow, int minExcellent, boolean requireTraining,
                     int minOutputs, BigDecimal weightWork, BigDecimal weightResearch, boolean defaults,
                     int version) {

    /** A target not read from the database: version 0. */
    public Target(int year, Track track, String target, int sortOrder, int posts, int minYearsCurrent,
                  int minYearsBachelor, int minYearsMaster, int minYearsDoctor, Education minEducation,
                  Degree minDegree, int assessmentWindow, int minExcellent, boolean requireTraining,
                  int minOutputs, BigDecimal weightWork, BigDecimal weightResearch, boolean defaults) {
        this(year, track, target, sortOrder, posts, minYearsCurrent, minYearsBachelor, minYearsMaster, minYearsDoctor,
                minEducation, minDegree, assessmentWindow, minExcellent, requireTraining, minOutputs, weightWork,
                weightResearch, defaults, 0);
    }

    /** The years as counselor this target asks of someone with {@code degree}. */
    public int minCounselorYears(Degree degree) {
        if (degree == Degree.DOCTOR) {
            return minYearsDoctor;
        }
        return degree == Degree.MASTER ? minYearsMaster : minYearsBachelor;
    }

    public Target inYear(int newYear) {
        return new Target(newYear, track, target, sortOrder, posts, minYearsCurrent, minYearsBachelor,
                minYearsMaster, minYearsDoctor, minEducation, minDegree, assessmentWindow, minExcellent,
                requireTraining, minOutputs, weightWork, weightResearch, defaults, 0);
    }

    /** Edited by the college (no longer a default), at the version it was read. */
    public Target edited() {
        return new Target(year, track, target, sortOrder, posts, minYearsCurrent, minYearsBachelor, minYearsMaster,
                minYearsDoctor, minEducation, minDegree, assessmentWindow, minExcellent, requireTraining, minOutputs,
                weightWork, weightResearch, false, version);
    }

    public Target withVersion(int newVersion) {
        return new Target(year, track, target, sortOrder, posts, minYearsCurrent, minYearsBachelor, minYearsMaster,
                minYearsDoctor, minEducation, minDegree, assessmentWindow, minExcellent, requireTraining, minOutputs,
                weightWork, weightResearch, defaults, newVersion);
    }
}
