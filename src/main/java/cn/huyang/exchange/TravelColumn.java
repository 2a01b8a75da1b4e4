package cn.huyang.exchange;

/**
 * One column of a travelling table as a package holds it.
 *
 * @param name   the column's name in the package file
 * @param column the database column (the Flyway scripts' name)
 * @param kind   how the value travels
 * @param target for {@link Kind#REF}: the travelling table the column's id points into
 */
record TravelColumn(String name, String column, Kind kind, String target) {
    enum Kind {
        /** The value itself, as {@link PackageTable#text} writes it. */
        PLAIN,
        /** A numeric id of another travelling row: travels as that row's uid ({@code <x>_uid}). */
        REF,
        /** A department id: travels as the department's code ({@code department_code}). */
        DEPARTMENT,
        /** A text sealed under this database's data key: travels opened (the package is sealed whole). */
        SEALED
    }

    static TravelColumn plain(String column) {
        return new TravelColumn(column, column, Kind.PLAIN, null);
    }

    static TravelColumn sealed(String column) {
        return new TravelColumn(column, column, Kind.SEALED, null);
    }

    static TravelColumn ref(String column, String target) {
        return new TravelColumn(column.replaceFirst("_id$", "_uid"), column, Kind.REF, target);
    }

    static TravelColumn department() {
        return new TravelColumn("department_code", "department_id", Kind.DEPARTMENT, null);
    }
}
