package cn.huyang.io;

import java.util.Map;

/** The character references a table exported as HTML uses: the XML five, {@code &nbsp;}, a few more, and numeric ones. */
final class HtmlEntities {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("thinsp", " "), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("yen", "¥"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("deg", "°"), Map.entry("plusmn", "±"));

    private HtmlEntities() {
    }

    /** The text of {@code &name;} (without {@code &} and {@code ;}), or null when it is no reference known here. */
    static String decode(String name) {
        if (name.startsWith("#")) {
            try {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (code == 0xA0) {
                    return " ";
                }
                return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "\uFFFD";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name);
    }
}
