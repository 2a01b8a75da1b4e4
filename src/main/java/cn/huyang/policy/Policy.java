package cn.huyang.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters in force on one day: what a rule reads once per computation (never per row).
 * Build it with {@link PolicyService#forYear} or {@link PolicyService#inForce}; tests of pure rules
 * use {@link #defaults()}.
 */
public final class Policy {
    private final LocalDate on;
    private final Map<PolicyKey, PolicyValue> values;

    Policy(LocalDate on, Map<PolicyKey, PolicyValue> inForce) {
        this.on = on;
        EnumMap<PolicyKey, PolicyValue> all = new EnumMap<>(PolicyKey.class);
        for (PolicyKey k : PolicyKey.values()) {
            all.put(k, inForce.getOrDefault(k, PolicyValue.fallback(k)));
        }
        this.values = Collections.unmodifiableMap(all);
    }

    /** The seed's values (实施细则默认值), as the migration ships them. */
    public static Policy defaults() {
        return new Policy(null, Map.of());
    }

    /** The seed's values with some replaced, e.g. {@code with(STUDENTS_PER_COUNSELOR, "150")} (for tests of pure rules). */
    public Policy with(PolicyKey key, String value) {
        Map<PolicyKey, PolicyValue> changed = new EnumMap<>(values);
        changed.put(key, new PolicyValue(null, key, PolicyValidator.value(key, value), on, key.clause(), null, null,
                null));
        return new Policy(on, changed);
    }

    /** The day the values are in force on; null for {@link #defaults()}. */
    public LocalDate date() {
        return on;
    }

    /** The row in force for a parameter (its value, date, clause and note). */
    public PolicyValue entry(PolicyKey key) {
        return values.get(key);
    }

    public String value(PolicyKey key) {
        return values.get(key).value();
    }

    public int whole(PolicyKey key) {
        return Integer.parseInt(value(key));
    }

    public int studentsPerCounselor() {
        return whole(PolicyKey.STUDENTS_PER_COUNSELOR);
    }

    public Fraction partTimeWeight() {
        return Fraction.parse(value(PolicyKey.PART_TIME_WEIGHT)).orElseThrow();
    }

    public BigDecimal schoolHoursPerYear() {
        return new BigDecimal(value(PolicyKey.SCHOOL_HOURS_PER_YEAR));
    }

    public int higherLevelWindowYears() {
        return whole(PolicyKey.HIGHER_LEVEL_WINDOW_YEARS);
    }

    public int maxCoursesPerSemester() {
        return whole(PolicyKey.MAX_COURSES_PER_SEMESTER);
    }

    public int youngTeacherServiceYears() {
        return whole(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS);
    }

    public int vetoLookBackYears() {
        return whole(PolicyKey.VETO_LOOK_BACK_YEARS);
    }

    public int consecutiveIncompetentYears() {
        return whole(PolicyKey.CONSECUTIVE_INCOMPETENT_YEARS);
    }

    public int topTenSize() {
        return whole(PolicyKey.TOP_TEN_SIZE);
    }

    /** The day of a month by which its allowance is due in full (past the month's end: its last day). */
    public int allowanceDueDay() {
        return whole(PolicyKey.ALLOWANCE_DUE_DAY);
    }

    /** How many working days a selection's 公示 lasts by default. */
    public int noticeWorkingDays() {
        return whole(PolicyKey.RECRUITMENT_NOTICE_WORKING_DAYS);
    }

    /** The values of some parameters by key, in the order given: what a finding records it was judged by. */
    public Map<String, String> params(PolicyKey... keys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PolicyKey k : keys) {
            out.put(k.key(), value(k));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Policy" + (on == null ? "(defaults)" : "(" + on + ")") + values.values().stream()
                .map(v -> v.key().key() + "=" + v.value()).toList();
    }
}
