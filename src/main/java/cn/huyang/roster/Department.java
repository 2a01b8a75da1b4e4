package cn.huyang.roster;

/**
 * A department (系部). {@code id} is null until stored; {@code version} is the stored row's version
 * when it was read (0 for a new one). Departments are deactivated, never deleted.
 */
public record Department(Long id, String code, String name, int sortOrder, boolean active, int version) {

    /** A department not read from the database: version 0. */
    public Department(Long id, String code, String name, int sortOrder, boolean active) {
        this(id, code, name, sortOrder, active, 0);
    }

    public Department withVersion(int newVersion) {
        return new Department(id, code, name, sortOrder, active, newVersion);
    }
}
