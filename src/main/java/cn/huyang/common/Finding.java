package cn.huyang.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real data that breaks a policy rule (合规提示): stored, and shown with the rule's code, the seed
 * clause it comes from and the policy values it was judged by.
 *
 * @param code        the rule, e.g. {@code BASIC_EDUCATION} or {@code STAFFING_RATIO}
 * @param severity    how hard the rule is
 * @param department  the department's name, or null for the college as a whole
 * @param counselorId the counselor, or null for findings about a department or the college
 * @param counselor   the counselor's name, or null
 * @param message     the finding in the user's language
 * @param year        the year judged, or null for a finding on the roster's present state
 * @param params      the policy values the rule used, by parameter key, in the order the rule read them
 */
public record Finding(String code, Severity severity, String department, Long counselorId, String counselor,
                      String message, Integer year, Map<String, String> params) {

    public Finding {
        params = params == null || params.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A finding on the present state (no year) that used no policy value. */
    public Finding(String code, Severity severity, String department, Long counselorId, String counselor,
                   String message) {
        this(code, severity, department, counselorId, counselor, message, null, Map.of());
    }

    /** The seed clause the rule comes from, e.g. {@code 三(二)1}. */
    public String clause() {
        return FindingCodes.clause(code);
    }

    public Finding withYear(int judgedYear) {
        return new Finding(code, severity, department, counselorId, counselor, message, judgedYear, params);
    }

    public Finding withParams(Map<String, String> used) {
        return new Finding(code, severity, department, counselorId, counselor, message, year, used);
    }

    public Finding withMessage(String text) {
        return new Finding(code, severity, department, counselorId, counselor, text, year, params);
    }

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
