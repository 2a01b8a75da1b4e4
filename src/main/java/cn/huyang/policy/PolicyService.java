package cn.huyang.policy;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Changes;
import cn.huyang.access.Operation;
import cn.huyang.common.ConfirmedYears;
import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The policy parameters with their effective dates, and the unit's details printed on forms. Each
 * rule reads the values in force on its reference date — the year's 31 December, or a title
 * review's cut-off — so a change from a date leaves the years before it as they were. A change
 * adds a row to the parameter's history; one that would change the value a confirmed year was
 * judged by needs a reason, which is kept.
 */
public class PolicyService {
    private final Transactor tx;
    private final PolicyRepository repo;
    private final ConfirmedYears confirmed;
    private final Clock clock;
    private final Access access;

    public PolicyService(Transactor tx, PolicyRepository repo, ConfirmedYears confirmed, Clock clock, Access access) {
        this.access = access;
        this.tx = tx;
        this.repo = repo;
        this.confirmed = confirmed;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day a year's rules read the parameters on: its 31 December. */
    public static LocalDate referenceDate(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** Every stored value, to ask for the values of many days with one query. */
    public PolicyTimeline timeline() {
        return new PolicyTimeline(repo.all());
    }

    /** The values in force on a day (a title review's cut-off). One query. */
    public Policy inForce(LocalDate on) {
        return timeline().at(on);
    }

    /** The values a year's rules read: those in force on its 31 December. One query. */
    public Policy forYear(int year) {
        return inForce(referenceDate(year));
    }

    // ---- changes --------------------------------------------------------------------------------

    /** A change from the command line, the parameter named by its key ({@code staffing.students-per-counselor}). */
    public PolicyValue set(String key, String value, LocalDate from, String note, String reason) {
        PolicyKey k = PolicyKey.byKey(key).orElseThrow(() -> new ValidationException(FieldError.of("policy.field.key",
                "validation.policy.unknownKey", Text.clean(key) == null ? "" : Text.clean(key))));
        return set(k, value, from, note, reason);
    }

    /**
     * Adds a value from a date on. Refused, naming the field, when the value is impossible, the date
     * or note is missing, or the change would alter the value a confirmed year was judged by and no
     * reason is given.
     */
    public PolicyValue set(PolicyKey key, String rawValue, LocalDate from, String rawNote, String rawReason) {
        List<FieldError> errors = new ArrayList<>();
        String value = null;
        try {
            value = PolicyValidator.value(key, rawValue);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        errors.addAll(PolicyValidator.change(from, rawNote, rawReason));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String v = value;
        String note = Text.clean(rawNote);
        String reason = Text.clean(rawReason);
        access.guard().require(Operation.POLICY_EDIT);
        return tx.inTransaction(() -> {
            PolicyTimeline timeline = timeline();
            List<Integer> years = retroactiveYears(timeline, key, v, from);
            if (!years.isEmpty() && reason == null) {
                int first = years.get(0);
                int last = years.get(years.size() - 1);
                String old = timeline.forYear(first).value(key);
                throw new ValidationException(first == last
                        ? FieldError.of("policy.field.reason", "validation.policy.retroactive", from.toString(), first,
                        old)
                        : FieldError.of("policy.field.reason", "validation.policy.retroactiveYears", from.toString(),
                        first, last, old));
            }
            PolicyValue stored = repo.insert(new PolicyValue(null, key, v, from, key.clause(), note, reason, null));
            access.audit().changed("policy", key.key(), null, stored);
            return stored;
        });
    }

    /**
     * The confirmed years whose value the change would alter: the new row would be in force on
     * their 31 December (no later row comes first) and differs from the value they were judged by.
     * Empty when the change is not retroactive. The value is not checked here.
     */
    public List<Integer> retroactiveYears(PolicyKey key, String value, LocalDate from) {
        return retroactiveYears(timeline(), key, value, from);
    }

    private List<Integer> retroactiveYears(PolicyTimeline timeline, PolicyKey key, String value, LocalDate from) {
        if (from == null) {
            return List.of();
        }
        LocalDate next = timeline.nextChangeAfter(key, from);
        Set<Integer> years = new TreeSet<>(confirmed.confirmedYears());
        List<Integer> out = new ArrayList<>();
        for (int y : years) {
            LocalDate day = referenceDate(y);
            if (from.isAfter(day) || (next != null && !next.isAfter(day))) {
                continue;
            }
            if (!timeline.at(day).value(key).equals(value)) {
                out.add(y);
            }
        }
        return out;
    }

    // ---- the unit's details -----------------------------------------------------------------------

    /** The unit's details, each field with its stored value (empty when none is stored). */
    public Map<UnitField, String> unit() {
        Map<String, String> stored = repo.settings();
        Map<UnitField, String> out = new EnumMap<>(UnitField.class);
        for (UnitField f : UnitField.values()) {
            out.put(f, stored.getOrDefault(f.key(), ""));
        }
        return out;
    }

    /** 学校名称, as the forms print it. */
    public String unitName() {
        return unit().get(UnitField.NAME);
    }

    /** The stored version of each of the unit's details (0: never stored), to save against. */
    public Map<UnitField, Integer> unitVersions() {
        Map<String, Integer> stored = repo.settingVersions();
        Map<UnitField, Integer> out = new EnumMap<>(UnitField.class);
        for (UnitField f : UnitField.values()) {
            out.put(f, stored.getOrDefault(f.key(), 0));
        }
        return out;
    }

    /** Saves the unit's details over what is stored now; each is required. */
    public void saveUnit(Map<UnitField, String> values) {
        saveUnit(values, null);
    }

    /**
     * Saves the unit's details read at {@code seen} (their versions; null: over what is stored now);
     * refused, nothing stored, when someone else saved one of them since.
     */
    public void saveUnit(Map<UnitField, String> values, Map<UnitField, Integer> seen) {
        List<FieldError> errors = new ArrayList<>();
        values.forEach((f, v) -> errors.addAll(PolicyValidator.unit(f, v)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        access.guard().require(Operation.POLICY_EDIT);
        tx.inTransaction(() -> {
            Map<UnitField, String> before = unit();
            if (seen != null) {
                Map<UnitField, Integer> now = unitVersions();
                for (UnitField f : values.keySet()) {
                    if (!now.get(f).equals(seen.getOrDefault(f, 0))) {
                        throw access.audit().stale("unit", null, before.get(f), false);
                    }
                }
            }
            Map<String, List<String>> changed = new java.util.LinkedHashMap<>();
            values.forEach((f, v) -> {
                String now = Text.clean(v);
                repo.saveSetting(f.key(), now);
                String was = before.get(f);
                if (!java.util.Objects.equals(was == null || was.isEmpty() ? null : was, now)) {
                    changed.put(f.key(), List.of(Changes.show(f.key(), was), Changes.show(f.key(), now)));
                }
            });
            access.audit().record(AuditAction.UPDATE, "unit", null, Changes.json(changed));
        });
    }
}
