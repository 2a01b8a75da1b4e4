package cn.huyang.exchange;

import java.util.Map;
import java.util.UUID;

/**
 * A travelling row as this database holds it, in the package's form: references as uids, the
 * department as its code, sealed texts still sealed (opened by {@link RowTexts}).
 *
 * @param id              the numeric key here, or null for a table without one
 * @param values          package column name to text (null where null), without uid
 * @param ownerDepartment the code of the department the row belongs to (its own, its counselor's or its student's), or null
 * @param ownerCounselor  the uid of the counselor the row belongs to (itself, its counselor, its student's counselor), or null
 * @param studentId       for a student file part: the student's numeric key here (its texts are bound to it)
 */
record LocalRow(Long id, UUID uid, long changeSeq, Map<String, String> values, String ownerDepartment,
                UUID ownerCounselor, Long studentId) {
}
