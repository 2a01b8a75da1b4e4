package cn.huyang.worklog;

/** A student of the list a work record can name: 学号, name and class (for telling namesakes apart). */
public record StudentChoice(long id, String studentNo, String name, String className) {

    /** As a picker shows it: 2024级1班 阿依古丽（20240101）. */
    public String label() {
        return (className == null || className.isBlank() ? "" : className + " ") + name
                + (studentNo == null ? "" : "（" + studentNo + "）");
    }

    public StudentRef ref() {
        return new StudentRef(id, name);
    }
}
