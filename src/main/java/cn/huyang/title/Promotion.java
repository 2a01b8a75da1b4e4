package cn.huyang.title;

import java.time.LocalDate;

/**
 * One step of a counselor's title or rank history.
 *
 * @param grade         for a title the {@link cn.huyang.roster.TitleRank} name, for a rank its label
 * @param series        the series or discipline (思想政治教育 or a related one), titles only
 * @param applicationId the application that led to it, when it came from a confirmed review
 */
public record Promotion(Long id, long counselorId, Track track, String grade, String series, LocalDate obtained,
                        String documentNo, Long applicationId) {
}
