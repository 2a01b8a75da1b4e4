package cn.huyang.worklog;

/** A student a record names: from the student list ({@code studentId}) or typed (id null); the name is sealed at rest. */
public record StudentRef(Long studentId, String name) {
}
