package cn.huyang.recruitment;

import cn.huyang.common.Dates;
import cn.huyang.common.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Typed text read as a number or a date, or refused naming the field (empty: null). */
final class Typed {
    private Typed() {
    }

    static BigDecimal decimal(Messages m, String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t.replace('，', '.').replace('。', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.get("validation.format", m.get(field),
                    m.get("validation.number")));
        }
    }

    static LocalDate date(Messages m, String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        return Dates.parse(t).orElseThrow(() -> new IllegalArgumentException(m.get("validation.format",
                m.get(field), m.get("validation.date"))));
    }
}
