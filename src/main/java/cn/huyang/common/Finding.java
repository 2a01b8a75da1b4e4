package cn.huyang.common;

/**
 * Real data that breaks a policy rule (合规提示): stored, and shown with the rule's code.
 *
 * @param code        the rule, e.g. {@code BASIC_EDUCATION} or {@code STAFFING_RATIO}
 * @param severity    how hard the rule is
 * @param department  the department's name, or null for the college as a whole
 * @param counselorId the counselor, or null for findings about a department or the college
 * @param counselor   the counselor's name, or null
 * @param message     the finding in the user's language
 */
public record Finding(String code, Severity severity, String department, Long counselorId, String counselor,
                      String message) {

    public enum Severity implements Coded {
        /** A rule the rules say must hold. */
        WARNING,
        /** A rule that holds "in principle" (原则上). */
        NOTICE;

        @Override
        public String keyPrefix() {
            return "severity";
        }
    }
}
