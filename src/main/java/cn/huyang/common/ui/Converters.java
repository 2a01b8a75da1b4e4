package cn.huyang.common.ui;

import cn.huyang.common.Coded;
import cn.huyang.common.Dates;
import cn.huyang.common.Messages;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows coded values and named things in choice boxes; {@code nullText} stands for "all" or "not entered". */
public final class Converters {
    private Converters() {
    }

    public static <T extends Coded> StringConverter<T> coded(Messages messages, String nullText) {
        return of(c -> c.label(messages), nullText);
    }

    public static <T> StringConverter<T> of(Function<T, String> label, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice boxes are not edited as text");
            }
        };
    }

    /** Dates as offices type them: 2024-09-01, 2024/9/1, 2024.9.1, 20240901, 2024年9月1日. */
    public static StringConverter<LocalDate> lenientDate(java.util.function.BiConsumer<String, Boolean> parsed) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    parsed.accept(text, true);
                    return null;
                }
                LocalDate d = Dates.parse(text).orElse(null);
                parsed.accept(text, d != null);
                return d;
            }
        };
    }
}
