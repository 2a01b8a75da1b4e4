package cn.huyang.policy;

import cn.huyang.common.Coded;
import java.util.Optional;

/**
 * The unit's details printed on forms (单位信息), kept as settings: labels {@code unit.field.<NAME>}.
 * The migration stores each one's first value.
 */
public enum UnitField implements Coded {
    /** 学校名称, e.g. 阿克苏职业技术学院: the 单位 line of the appraisal forms and the title sheets. */
    NAME("unit.name", 100);

    private final String key;
    private final int maxLength;

    UnitField(String key, int maxLength) {
        this.key = key;
        this.maxLength = maxLength;
    }

    /** The stable key in the settings table, e.g. {@code unit.name}. */
    public String key() {
        return key;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public String keyPrefix() {
        return "unit.field";
    }

    public static Optional<UnitField> byKey(String key) {
        for (UnitField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
