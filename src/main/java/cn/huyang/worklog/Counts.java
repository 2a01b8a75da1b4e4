package cn.huyang.worklog;

/**
 * What a counselor (or a department) recorded in a period: records by kind, the students reached
 * (distinct students of the list, and each student typed by name), and follow-ups overdue today.
 */
public record Counts(int talks, int classVisits, int dormVisits, int meetings, int students, int overdue) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

    public int records() {
        return talks + classVisits + dormVisits + meetings;
    }

    public int of(RecordKind kind) {
        return switch (kind) {
            case TALK -> talks;
            case CLASS_VISIT -> classVisits;
            case DORM_VISIT -> dormVisits;
            case CLASS_MEETING -> meetings;
        };
    }
}
