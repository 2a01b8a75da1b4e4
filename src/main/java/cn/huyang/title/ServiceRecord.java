package cn.huyang.title;

import java.time.LocalDate;

/**
 * Service as counselor or class teacher outside this roster's own history (for teachers who were
 * not full-time counselors here), with whether that service was assessed competent.
 *
 * @param end null while the service goes on
 */
public record ServiceRecord(Long id, long counselorId, ServiceRole role, LocalDate start, LocalDate end,
                            String className, boolean competent) {
}
