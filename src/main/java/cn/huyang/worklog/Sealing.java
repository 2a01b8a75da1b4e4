package cn.huyang.worklog;

import cn.huyang.common.Json;
import cn.huyang.common.JsonReader;
import cn.huyang.security.TextCipher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the texts of a work record are sealed: the details as one JSON object in {@code work_record.body},
 * each student's name in {@code work_record_student.name}, under the office's data key with the table,
 * column and record id (for a student: record id / line) as associated data.
 */
public final class Sealing {
    static final String TABLE = "work_record";
    static final String BODY = "body";
    static final String STUDENT_TABLE = "work_record_student";
    static final String NAME = "name";

    private final TextCipher cipher;

    public Sealing(TextCipher cipher) {
        this.cipher = cipher;
    }

    public String sealBody(long id, Map<String, String> details) {
        Map<String, String> kept = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        return cipher.seal(TABLE, BODY, String.valueOf(id), Json.object(kept));
    }

    public Map<String, String> openBody(long id, String sealed) {
        Map<String, String> out = new LinkedHashMap<>();
        String json = cipher.open(TABLE, BODY, String.valueOf(id), sealed);
        if (json == null) {
            return out;
        }
        try {
            if (JsonReader.parse(json, 2) instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
            }
        } catch (JsonReader.SyntaxException e) {
            throw new IllegalStateException("work record " + id + ": body is not an object", e);
        }
        return out;
    }

    public List<WorklogRepository.SealedStudent> sealStudents(long id, List<StudentRef> students) {
        List<WorklogRepository.SealedStudent> out = new ArrayList<>(students.size());
        for (int i = 0; i < students.size(); i++) {
            StudentRef s = students.get(i);
            out.add(new WorklogRepository.SealedStudent(id, i, s.studentId(),
                    cipher.seal(STUDENT_TABLE, NAME, id + "/" + i, s.name().strip())));
        }
        return out;
    }

    public List<StudentRef> openStudents(List<WorklogRepository.SealedStudent> sealed) {
        List<StudentRef> out = new ArrayList<>(sealed.size());
        for (WorklogRepository.SealedStudent s : sealed) {
            out.add(new StudentRef(s.studentId(),
                    cipher.open(STUDENT_TABLE, NAME, s.recordId() + "/" + s.seq(), s.sealedName())));
        }
        return out;
    }
}
