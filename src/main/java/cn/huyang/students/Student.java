package cn.huyang.students;

import cn.huyang.roster.Gender;

/**
 * A student of the list (学号, name, gender, ethnicity, class, department, dormitory, phone, parent contact,
 * the responsible counselor). Phone and parent contact are sealed at rest; a student read for a list carries
 * them as null (they are opened with the file only). A draft has version 0.
 */
public record Student(Long id, String studentNo, String name, Gender gender, String ethnicity, String className,
                      Long departmentId, String dormitory, String phone, String parentContact, Long counselorId,
                      int version) {

    /** The same student without its sealed texts (a list's row). */
    public Student withoutContacts() {
        return new Student(id, studentNo, name, gender, ethnicity, className, departmentId, dormitory, null, null,
                counselorId, version);
    }

    public Student withContacts(String phone, String parentContact) {
        return new Student(id, studentNo, name, gender, ethnicity, className, departmentId, dormitory, phone,
                parentContact, counselorId, version);
    }

    public Student withId(Long newId, int newVersion) {
        return new Student(newId, studentNo, name, gender, ethnicity, className, departmentId, dormitory, phone,
                parentContact, counselorId, newVersion);
    }

    /** What the audit log may hold: the phone (masked by the log), the parent contact only as "***". */
    Student forAudit() {
        return new Student(id, studentNo, name, gender, ethnicity, className, departmentId, dormitory, phone,
                parentContact == null ? null : "***", counselorId, version);
    }
}
