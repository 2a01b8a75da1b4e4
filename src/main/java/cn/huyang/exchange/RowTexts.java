package cn.huyang.exchange;

import cn.huyang.security.TextCipher;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sealed texts of travelling rows: opened with this database's data key when a package is written,
 * sealed again under the receiving database's key and its own numeric ids when one is applied (a
 * sealed text is bound to its table, column and record id: see students.Seals and worklog.Sealing).
 */
final class RowTexts {
    private final TextCipher cipher;

    RowTexts(TextCipher cipher) {
        this.cipher = cipher;
    }

    /** The id a text of this row is bound to: its numeric key, or for a student file part student:part. */
    static String sealId(TravelTable t, Long id, Long studentId, String part) {
        return t.sealId() == TravelTable.SealId.STUDENT_PART ? studentId + ":" + part : String.valueOf(id);
    }

    /** The id a work record line's name is bound to. */
    static String lineId(long recordId, int seq) {
        return recordId + "/" + seq;
    }

    /** The row's values (package columns but uid) with every sealed text opened. */
    Map<String, String> opened(TravelTable t, LocalRow r) {
        Map<String, String> out = new LinkedHashMap<>(r.values());
        String id = sealId(t, r.id(), r.studentId(), r.values().get("part"));
        for (TravelColumn c : t.columns()) {
            if (c.kind() == TravelColumn.Kind.SEALED) {
                out.put(c.name(), cipher.open(t.name(), c.column(), id, r.values().get(c.name())));
            }
        }
        return out;
    }

    String seal(TravelTable t, String column, String id, String text) {
        return cipher.seal(t.name(), column, id, text);
    }

    /** A conflict's version of a row (JSON), sealed to the conflict's uid. */
    String sealConflict(java.util.UUID conflict, String column, String json) {
        return cipher.seal("exchange_conflict", column, conflict.toString(), json);
    }

    String openConflict(java.util.UUID conflict, String column, String sealed) {
        return cipher.open("exchange_conflict", column, conflict.toString(), sealed);
    }

    String openLine(long recordId, int seq, String sealed) {
        return cipher.open(TravelTables.LINES, "name", lineId(recordId, seq), sealed);
    }

    String sealLine(long recordId, int seq, String name) {
        return cipher.seal(TravelTables.LINES, "name", lineId(recordId, seq), name);
    }
}
