package cn.huyang.students;

import cn.huyang.security.TextCipher;

/** The student files' sealed texts: table, column and record id are the associated data. */
final class Seals {
    static final String STUDENT = "student";
    static final String PART = "student_file_part";
    static final String ATTENTION = "student_attention";
    private final TextCipher cipher;

    Seals(TextCipher cipher) {
        this.cipher = cipher;
    }

    String seal(String table, String column, Object id, String text) {
        return cipher.seal(table, column, String.valueOf(id), text);
    }

    String open(String table, String column, Object id, String sealed) {
        return cipher.open(table, column, String.valueOf(id), sealed);
    }

    static String partId(long studentId, FilePart part) {
        return studentId + ":" + part.name();
    }

    Student sealContacts(Student s) {
        return s.withContacts(seal(STUDENT, "phone", s.id(), s.phone()),
                seal(STUDENT, "parent_contact", s.id(), s.parentContact()));
    }

    Student openContacts(Student s) {
        return s.withContacts(open(STUDENT, "phone", s.id(), s.phone()),
                open(STUDENT, "parent_contact", s.id(), s.parentContact()));
    }

    Attention sealTexts(Attention a) {
        return new Attention(a.id(), a.studentId(), a.category(), a.level(), seal(ATTENTION, "reason", a.id(), a.reason()),
                seal(ATTENTION, "measures", a.id(), a.measures()), a.counselorId(), a.startedOn(), a.status(),
                a.releasedOn(), seal(ATTENTION, "release_reason", a.id(), a.releaseReason()), a.version());
    }

    Attention openTexts(Attention a) {
        return new Attention(a.id(), a.studentId(), a.category(), a.level(), open(ATTENTION, "reason", a.id(), a.reason()),
                open(ATTENTION, "measures", a.id(), a.measures()), a.counselorId(), a.startedOn(), a.status(),
                a.releasedOn(), open(ATTENTION, "release_reason", a.id(), a.releaseReason()), a.version());
    }
}
