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
}
