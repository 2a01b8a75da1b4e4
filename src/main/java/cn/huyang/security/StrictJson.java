package cn.huyang.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the key ring needs, read strictly: objects, arrays, strings, whole numbers
 * (as {@link Long}), true and false. Nesting deeper than 5, long strings, large numbers, a key
 * twice and text after the value are refused. Nothing in it is ever executed.
 */
final class StrictJson {
    static final int MAX_DEPTH = 5;
    static final int MAX_STRING = 4096;

    static class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;

    private StrictJson(String text) {
        this.text = text;
    }

    static Object parse(String text) throws SyntaxException {
        StrictJson p = new StrictJson(text);
        p.blanks();
        Object v = p.value(0);
        p.blanks();
        if (p.pos != text.length()) {
            throw new SyntaxException("text after the value");
        }
        return v;
    }

    private Object value(int depth) throws SyntaxException {
        if (depth > MAX_DEPTH) {
            throw new SyntaxException("nested too deep");
        }
        if (pos >= text.length()) {
            throw new SyntaxException("value missing");
        }
        return switch (text.charAt(pos)) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) throws SyntaxException {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        blanks();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            blanks();
            if (peek() != '"') {
                throw new SyntaxException("name expected");
            }
            String key = string();
            blanks();
            expect(':');
            blanks();
            if (m.put(key, value(depth + 1)) != null) {
                throw new SyntaxException("a name twice");
            }
            blanks();
            char ch = peek();
            pos++;
            if (ch == '}') {
                return m;
            }
            if (ch != ',') {
                throw new SyntaxException("',' or '}' expected");
            }
        }
    }

    private List<Object> array(int depth) throws SyntaxException {
        pos++;
        List<Object> list = new ArrayList<>();
        blanks();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            blanks();
            list.add(value(depth + 1));
            blanks();
            char ch = peek();
            pos++;
            if (ch == ']') {
                return list;
            }
            if (ch != ',') {
                throw new SyntaxException("',' or ']' expected");
            }
        }
    }

    private String string() throws SyntaxException {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new SyntaxException("unterminated string");
            }
            char ch = text.charAt(pos++);
            if (ch == '"') {
                return sb.toString();
            }
            if (ch < 0x20) {
                throw new SyntaxException("control character in a string");
            }
            if (ch == '\\') {
                if (pos >= text.length()) {
                    throw new SyntaxException("unterminated escape");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw new SyntaxException("bad \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw new SyntaxException("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw new SyntaxException("bad escape");
                }
            } else {
                sb.append(ch);
            }
            if (sb.length() > MAX_STRING) {
                throw new SyntaxException("string too long");
            }
        }
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw new SyntaxException("unknown word");
        }
        pos += word.length();
        return value;
    }

    private Long number() throws SyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (s.isEmpty() || s.equals("-") || s.length() > 19 || (s.length() > 1 && s.startsWith("0"))) {
            throw new SyntaxException("whole number expected");
        }
        return Long.parseLong(s);
    }

    private char peek() throws SyntaxException {
        if (pos >= text.length()) {
            throw new SyntaxException("unexpected end");
        }
        return text.charAt(pos);
    }

    private void expect(char ch) throws SyntaxException {
        if (peek() != ch) {
            throw new SyntaxException("'" + ch + "' expected");
        }
        pos++;
    }

    private void blanks() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    /** Appends {@code s} as a JSON string. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
