package cn.huyang.common;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's texts, from {@code i18n/messages*.properties}: Simplified Chinese first,
 * English second. One instance per locale, passed to whoever shows text.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed patterns by key: the findings format tens of thousands of texts from a handful of patterns. */
    private final Map<String, Parsed> formats = new ConcurrentHashMap<>();
    /**
     * How a number is written where a pattern names no format for it: what {@link MessageFormat} would make,
     * but kept (it makes a new {@code NumberFormat} for each number it writes, a fifth of the findings' time).
     */
    private final ThreadLocal<NumberFormat> numbers;

    /** A parsed pattern and, per argument, the format the pattern names for it (null: none). */
    private record Parsed(MessageFormat format, Format[] byArgument) {
    }

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless the language tag names English ("en", "en-US", ...). */
    public static Messages forLanguage(String tag) {
        return new Messages(localeFor(tag));
    }

    public static Locale localeFor(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // nothing to format: labels are read thousands of times per roster load
        }
        Parsed parsed = formats.computeIfAbsent(key, k -> {
            MessageFormat f = new MessageFormat(pattern, locale);
            return new Parsed(f, f.getFormatsByArgumentIndex());
        });
        Object[] shown = args;
        for (int i = 0; i < args.length && i < parsed.byArgument().length; i++) {
            if (args[i] instanceof Number n && parsed.byArgument()[i] == null) {
                if (shown == args) {
                    shown = args.clone();
                }
                shown[i] = numbers.get().format(n);
            }
        }
        synchronized (parsed.format()) { // a MessageFormat is not safe for threads; parsed once, formatted in turn
            return parsed.format().format(shown);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
