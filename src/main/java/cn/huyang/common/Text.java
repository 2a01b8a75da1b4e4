package cn.huyang.common;

/** Small text helpers for values as offices type them. */
public final class Text {
    private Text() {
    }

    /** Full-width ASCII variants (０-９, Ａ-Ｚ, ｘ, the ideographic space) folded to half width. */
    public static String halfWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Trimmed (including full-width spaces), or null when nothing is left. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u3000', ' ').strip();
        return t.isEmpty() ? null : t;
    }

    public static boolean isBlank(String s) {
        return clean(s) == null;
    }

    /**
     * Whether a character must never be part of a name or code, nor reach a terminal raw: control
     * characters (NUL, BEL, ESC, tab, newline, DEL, C1), format characters (zero-width space and
     * joiners, the bidi marks and overrides such as U+202E, the BOM) and the line/paragraph separators.
     */
    public static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The first control character of a text (see {@link #isControl}), or -1 when it has none. */
    public static int firstControl(String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (isControl(c)) {
                    return c;
                }
                i += Character.charCount(c);
            }
        }
        return -1;
    }

    /** Whether a text holds a control character (see {@link #isControl}). */
    public static boolean hasControl(String s) {
        return firstControl(s) >= 0;
    }

    /** A control character as a person can read it: U+001B. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    /**
     * Free text (a note, a major, a course) with its control characters stripped: a tab or line
     * break becomes a space, every other control or format character is removed; then {@link #clean}.
     */
    public static String cleanFree(String s) {
        if (s == null || !hasControl(s)) {
            return clean(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else if (!isControl(c)) {
                out.appendCodePoint(c);
            }
        }
        return clean(out.toString());
    }

    /** A text for a terminal: every control character shown as a backslash-u escape (ESC as \\u001B) instead of acting. */
    public static String printable(String s) {
        if (s == null || !hasControl(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
