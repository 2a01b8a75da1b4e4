package cn.huyang.roster;

/** A department (系部). {@code id} is null until stored. Departments are deactivated, never deleted. */
public record Department(Long id, String code, String name, int sortOrder, boolean active) {
}
