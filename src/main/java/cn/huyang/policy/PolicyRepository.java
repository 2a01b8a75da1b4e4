package cn.huyang.policy;

import static cn.huyang.db.jooq.Tables.POLICY_VALUE;
import static cn.huyang.db.jooq.Tables.UNIT_SETTING;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The parameters' history and the unit's details. History rows are only ever added: a change is
 * a new row, never an update or a delete.
 */
public class PolicyRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public PolicyRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every row of every known parameter (a key this version does not know is left out). One query. */
    public List<PolicyValue> all() {
        List<PolicyValue> out = new ArrayList<>();
        dsl.selectFrom(POLICY_VALUE)
                .orderBy(POLICY_VALUE.PARAM_KEY, POLICY_VALUE.EFFECTIVE_FROM, POLICY_VALUE.ID)
                .forEach(r -> PolicyKey.byKey(r.getParamKey()).ifPresent(k -> out.add(new PolicyValue(r.getId(), k,
                        r.getParamValue(), r.getEffectiveFrom(), r.getClause(), r.getNote(), r.getReason(),
                        r.getRecordedAt()))));
        return out;
    }

    /** Adds a row; the time it is recorded comes from the clock. */
    public PolicyValue insert(PolicyValue v) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = dsl.insertInto(POLICY_VALUE)
                .set(POLICY_VALUE.PARAM_KEY, v.key().key())
                .set(POLICY_VALUE.PARAM_VALUE, v.value())
                .set(POLICY_VALUE.EFFECTIVE_FROM, v.from())
                .set(POLICY_VALUE.CLAUSE, v.clause())
                .set(POLICY_VALUE.NOTE, v.note())
                .set(POLICY_VALUE.REASON, v.reason())
                .set(POLICY_VALUE.RECORDED_AT, now)
                .returningResult(POLICY_VALUE.ID)
                .fetchOne(POLICY_VALUE.ID);
        return new PolicyValue(id, v.key(), v.value(), v.from(), v.clause(), v.note(), v.reason(), now);
    }

    /** The unit's details by setting key. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        dsl.selectFrom(UNIT_SETTING).orderBy(UNIT_SETTING.SETTING_KEY)
                .forEach(r -> out.put(r.getSettingKey(), r.getSettingValue()));
        return out;
    }

    /** The stored version of each of the unit's details, by setting key (absent: never stored). */
    public Map<String, Integer> settingVersions() {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(UNIT_SETTING.SETTING_KEY, UNIT_SETTING.ROW_VERSION).from(UNIT_SETTING)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Stores one of the unit's details; its version goes up (a first one is stored at 1). */
    public void saveSetting(String key, String value) {
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = dsl.update(UNIT_SETTING)
                .set(UNIT_SETTING.SETTING_VALUE, value)
                .set(UNIT_SETTING.UPDATED_AT, now)
                .set(UNIT_SETTING.ROW_VERSION, UNIT_SETTING.ROW_VERSION.plus(1))
                .where(UNIT_SETTING.SETTING_KEY.eq(key))
                .execute();
        if (updated == 0) {
            dsl.insertInto(UNIT_SETTING)
                    .set(UNIT_SETTING.SETTING_KEY, key)
                    .set(UNIT_SETTING.SETTING_VALUE, value)
                    .set(UNIT_SETTING.UPDATED_AT, now)
                    .set(UNIT_SETTING.ROW_VERSION, 1)
                    .execute();
        }
    }
}
