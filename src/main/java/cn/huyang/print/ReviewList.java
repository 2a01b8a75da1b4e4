package cn.huyang.print;

import java.util.List;

/**
 * A year's list of applicants and results (评审名单), as text ready to print: one group per target,
 * each applicant on a line with the criteria, the panel's scores, the rank against the posts and the
 * result.
 *
 * @param status the review's cut-off date and whether the results are confirmed, in words
 */
public record ReviewList(int year, String heading, String unit, String status, List<Group> groups) {

    public ReviewList {
        groups = List.copyOf(groups);
    }

    /** One target: its title line (target, track, posts) and its applicants in rank order. */
    public record Group(String title, List<Line> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /** One applicant. {@code conditions} is 符合 or 不符合 n 项; {@code standing} within, tied or outside the posts. */
    public record Line(String no, String name, String department, String current, String target, String conditions,
                       String work, String research, String total, String rank, String standing, String verdict) {
    }
}
