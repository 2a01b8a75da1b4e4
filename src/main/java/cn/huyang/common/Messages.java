package cn.huyang.common;

import java.text.MessageFormat;
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
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
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
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (format) { // a MessageFormat is not safe for threads; parsed once, formatted in turn
            return format.format(args);
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
