package cn.huyang.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON read strictly (RFC 8259) from outside files — a backup's table lines, the key ring: one
 * value; objects become {@link Map}s, arrays {@link List}s, numbers {@link BigDecimal}s, strings,
 * booleans and null as such. Nesting deeper than the caller allows, a name twice, control
 * characters in strings and anything after the value are refused. Nothing in it is ever executed.
 * (Writing is {@link Json}.)
 */
public final class JsonReader {
    /** A null in a parsed array or object (a {@link List} may hold null, a {@link Map} key may not miss it). */
    static final Object NULL = null;

    public static class SyntaxException extends Exception {
        public SyntaxException(String message) {
            super(message);
        }
    }

    private final String text;
    private final int maxDepth;
    private int pos;

    private JsonReader(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /** The value of {@code line}, nested at most {@code maxDepth} deep. */
    public static Object parse(String line, int maxDepth) throws SyntaxException {
        JsonReader p = new JsonReader(line, maxDepth);
        p.blanks();
        Object v = p.value(0);
        p.blanks();
        if (p.pos != line.length()) {
            throw new SyntaxException("text after the value at " + p.pos);
        }
        return v;
    }

    private Object value(int depth) throws SyntaxException {
        if (depth > maxDepth) {
            throw new SyntaxException("nested too deep");
        }
        if (pos >= text.length()) {
            throw new SyntaxException("value missing");
        }
        char ch = text.charAt(pos);
        return switch (ch) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) throws SyntaxException {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        blanks();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            blanks();
            if (peek() != '"') {
                throw new SyntaxException("name expected at " + pos);
            }
            String key = string();
            blanks();
            expect(':');
            blanks();
            if (map.containsKey(key)) {
                throw new SyntaxException("duplicate name " + key);
            }
            map.put(key, value(depth + 1));
            blanks();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws SyntaxException {
        List<Object> list = new ArrayList<>();
        pos++;
        blanks();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            blanks();
            list.add(value(depth + 1));
            blanks();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws SyntaxException {
        pos++;
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
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
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
                        throw new SyntaxException("short \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new SyntaxException("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw new SyntaxException("bad escape \\" + e);
            }
        }
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw new SyntaxException("unknown word at " + pos);
        }
        pos += word.length();
        return value;
    }

    private BigDecimal number() throws SyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek()) ) {
            digits();
        } else {
            throw new SyntaxException("unexpected character at " + start);
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw new SyntaxException("digits expected at " + pos);
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw new SyntaxException("digits expected at " + pos);
            }
            int expStart = pos;
            digits();
            if (pos - expStart > 4) {
                throw new SyntaxException("exponent too large");
            }
        }
        if (pos - start > 200) {
            throw new SyntaxException("number too long");
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char ch) throws SyntaxException {
        if (peek() != ch) {
            throw new SyntaxException("'" + ch + "' expected at " + pos);
        }
        pos++;
    }

    private void blanks() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
                return;
            }
            pos++;
        }
    }
}
