package cn.huyang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A training (培训班) with the counselors who attended it. {@code id} is null until stored. The
 * session's hours are the default; each attendee's own hours may be fewer. The cost is per person,
 * paid from the dedicated budget (专项经费). {@code version} is the stored session's version when it was
 * read (0 for a draft): it goes up with every change of the session or of its records, so a form
 * opened on an older version is refused.
 */
public record TrainingSession(Long id, String course, String organiser, TrainingLevel level,
                              TrainingCategory category, LocalDate startDate, LocalDate endDate, BigDecimal hours,
                              BigDecimal costPerPerson, String note, List<Attendee> attendees, int version) {
    public TrainingSession {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** A session not read from the database: version 0. */
    public TrainingSession(Long id, String course, String organiser, TrainingLevel level, TrainingCategory category,
                           LocalDate startDate, LocalDate endDate, BigDecimal hours, BigDecimal costPerPerson,
                           String note, List<Attendee> attendees) {
        this(id, course, organiser, level, category, startDate, endDate, hours, costPerPerson, note, attendees, 0);
    }

    public TrainingSession withVersion(int newVersion) {
        return new TrainingSession(id, course, organiser, level, category, startDate, endDate, hours, costPerPerson,
                note, attendees, newVersion);
    }

    public TrainingSession withAttendees(List<Attendee> newAttendees) {
        return new TrainingSession(id, course, organiser, level, category, startDate, endDate, hours, costPerPerson,
                note, newAttendees, version);
    }

    public TrainingSession withId(Long newId) {
        return new TrainingSession(newId, course, organiser, level, category, startDate, endDate, hours,
                costPerPerson, note, attendees, version);
    }

    /** Days of the span, both ends counted. */
    public long days() {
        return startDate == null || endDate == null ? 0 : endDate.toEpochDay() - startDate.toEpochDay() + 1;
    }

    /**
     * One counselor's record of the session. {@code recordId} is null until stored.
     *
     * @param hours the class hours this counselor attended; null means the session's hours
     */
    public record Attendee(Long recordId, long counselorId, BigDecimal hours, String certificateNo, String note) {
        public BigDecimal hoursOr(BigDecimal sessionHours) {
            return hours != null ? hours : sessionHours;
        }
    }
}
