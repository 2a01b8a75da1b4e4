package cn.huyang.title;

/**
 * A course taught, as the records table shows it.
 *
 * @param overloaded its semester has more ideological-political courses than allowed [三(三)6]
 * @param allowed    the most allowed in its semester (1 in the seed), by the parameters of its year
 */
public record TeachingRow(TeachingAssignment assignment, String semester, boolean ideological, boolean overloaded,
                          int allowed) {
}
