package cn.huyang.exchange;

import java.util.List;

/**
 * A table whose rows travel in packages (docs/packages.md, "The tables"): its columns as the package
 * holds them, and who owns a row (what decides whether it is within a sender's department or records).
 *
 * @param name    the table's name in the scripts and in the package
 * @param hasId   whether the table has a numeric key {@code id} (all but assessment entries and file parts)
 * @param columns the columns that travel, besides {@code uid}, {@code changed_at} and {@code changed_by}
 * @param owner   how a row belongs to a department and a counselor
 * @param sealId  how the id the row's sealed texts are bound to is made ({@link SealId#ID} for most)
 */
record TravelTable(String name, boolean hasId, List<TravelColumn> columns, Owner owner, SealId sealId) {
    /** Where the row's department and counselor come from. */
    enum Owner {
        /** its own {@code department_id} (and, for a student, {@code counselor_id}); a counselor owns itself */
        SELF,
        /** its {@code counselor_id} */
        COUNSELOR,
        /** its {@code student_id} */
        STUDENT,
        /** nobody: a training session, used by every department */
        SHARED
    }

    /** The id a sealed text of the row is bound to (see students.Seals, worklog.Sealing). */
    enum SealId {
        ID, STUDENT_PART
    }

    /** The names of the package file's columns: uid, changed_at, changed_by, then {@link #columns()}. */
    List<String> packageColumns() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(List.of("uid", "changed_at", "changed_by"));
        columns.forEach(c -> out.add(c.name()));
        return out;
    }

    TravelColumn column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
