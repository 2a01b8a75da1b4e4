package cn.huyang.overview;

import java.util.List;

/**
 * The year's training compliance of the full-time counselors in scope [三(三)4].
 *
 * @param judged         full-time counselors judged that year
 * @param hoursMet       those with the school-level hours required (16 in the seed)
 * @param higherMissing  those with no national or regional training in the window (3 years in the seed)
 * @param shortByDepartment per department: how many fall short of anything (code: the department's id)
 */
public record TrainingShare(int judged, int hoursMet, int higherMissing, List<Bar> shortByDepartment) {

    public TrainingShare {
        shortByDepartment = List.copyOf(shortByDepartment);
    }

    /** The share meeting the hours, 0..1 (0 when nobody is judged). */
    public double hoursShare() {
        return judged == 0 ? 0 : (double) hoursMet / judged;
    }
}
