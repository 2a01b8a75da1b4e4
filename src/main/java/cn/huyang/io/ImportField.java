package cn.huyang.io;

import cn.huyang.common.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A field an import reads (a roster field, a training record's, a score): its bundle label — the
 * export's and the template's header — and the other headers offices give it. Headers match after
 * folding full width, dropping spaces, the required mark {@code *} and a bracketed remark
 * ("身份证号（必填）").
 */
public interface ImportField {
    String labelKey();

    List<String> synonyms();

    /** The field of a type that a header names, if any. */
    static <F extends Enum<F> & ImportField> Optional<F> forHeader(Class<F> type, String header) {
        @SuppressWarnings("unchecked")
        Map<String, F> byHeader = (Map<String, F>) BY_HEADER.get(type);
        return Optional.ofNullable(byHeader.get(normalizeHeader(header)));
    }

    static String normalizeHeader(String header) {
        String s = Text.halfWidth(header == null ? "" : header);
        s = s.replaceAll("[(\\[（【][^)\\]）】]*[)\\]）】]", "");
        return s.replaceAll("[\\s*:：]", "").toLowerCase(Locale.ROOT);
    }

    /** Each field type's headers, built once. */
    ClassValue<Map<String, ?>> BY_HEADER = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            Map<String, Object> map = new HashMap<>();
            for (Object o : type.getEnumConstants()) {
                for (String s : ((ImportField) o).synonyms()) {
                    map.put(normalizeHeader(s), o);
                }
            }
            return map;
        }
    };
}
