package cn.huyang.title;

/**
 * A course taught, as the records table shows it.
 *
 * @param overloaded its semester has more than one ideological-political course [三(三)6]
 */
public record TeachingRow(TeachingAssignment assignment, String semester, boolean ideological, boolean overloaded) {
}
