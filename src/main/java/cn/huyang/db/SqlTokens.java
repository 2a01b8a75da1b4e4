package cn.huyang.db;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The tokens of an H2 {@code SCRIPT} (a format-1 backup), read one at a time and never executed:
 * words, "quoted names", 'strings' (with '' inside), U&'unicode strings' (\XXXX, \+XXXXXX, \\),
 * X'hex', numbers, single-character symbols; {@code --} comments are skipped. Anything else — a
 * block comment, a $$ string, a token longer than {@value #MAX_TOKEN} characters — is refused.
 */
final class SqlTokens {
    static final int MAX_TOKEN = 1 << 20;

    enum Kind { WORD, NAME, STRING, BINARY, NUMBER, SYMBOL, END }

    record Token(Kind kind, String text, Object value) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isSymbol(char ch) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == ch;
        }

        @Override
        public String toString() {
            return kind == Kind.STRING ? "'…'" : text;
        }
    }

    private final Reader in;
    private int ahead = -2;

    SqlTokens(Reader in) {
        this.in = in;
    }

    private int peek() throws IOException {
        if (ahead == -2) {
            ahead = in.read();
        }
        return ahead;
    }

    private int read() throws IOException {
        int ch = peek();
        ahead = -2;
        return ch;
    }

    Token next() throws IOException, BackupProblem {
        while (true) {
            int ch = read();
            if (ch < 0) {
                return new Token(Kind.END, "", null);
            }
            if (Character.isWhitespace(ch)) {
                continue;
            }
            if (ch == '-' && peek() == '-') {
                while (ch >= 0 && ch != '\n') {
                    ch = read();
                }
                continue;
            }
            if ((ch == 'U' || ch == 'u') && peek() == '&') {
                read();
                if (read() != '\'') {
                    throw BackupProblem.unsafe("U& without a string");
                }
                String raw = quoted('\'');
                return new Token(Kind.STRING, raw, unicode(raw));
            }
            if ((ch == 'X' || ch == 'x') && peek() == '\'') {
                read();
                String hex = quoted('\'');
                try {
                    return new Token(Kind.BINARY, hex, HexFormat.of().parseHex(hex.replace(" ", "")));
                } catch (IllegalArgumentException e) {
                    throw BackupProblem.unsafe("bad binary literal");
                }
            }
            if (ch == '\'') {
                String s = quoted('\'');
                return new Token(Kind.STRING, s, s);
            }
            if (ch == '"') {
                String name = quoted('"');
                return new Token(Kind.NAME, name, name);
            }
            if (Character.isLetter(ch) || ch == '_') {
                StringBuilder sb = new StringBuilder().appendCodePoint(ch);
                while (peek() >= 0 && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                    sb.append((char) read());
                    limit(sb);
                }
                return new Token(Kind.WORD, sb.toString().toUpperCase(Locale.ROOT), null);
            }
            if (ch >= '0' && ch <= '9') {
                return number(ch);
            }
            if (ch == '/' && peek() == '*' || ch == '$') {
                throw BackupProblem.unsafe("comment or $ quoting");
            }
            return new Token(Kind.SYMBOL, String.valueOf((char) ch), null);
        }
    }

    private Token number(int first) throws IOException, BackupProblem {
        StringBuilder sb = new StringBuilder().append((char) first);
        digits(sb);
        if (peek() == '.') {
            sb.append((char) read());
            digits(sb);
        }
        if (peek() == 'E' || peek() == 'e') {
            sb.append((char) read());
            if (peek() == '+' || peek() == '-') {
                sb.append((char) read());
            }
            digits(sb);
        }
        if (sb.length() > 200) {
            throw BackupProblem.unsafe("number too long");
        }
        try {
            return new Token(Kind.NUMBER, sb.toString(), new BigDecimal(sb.toString()));
        } catch (NumberFormatException e) {
            throw BackupProblem.unsafe("bad number " + sb);
        }
    }

    private void digits(StringBuilder sb) throws IOException, BackupProblem {
        while (peek() >= '0' && peek() <= '9') {
            sb.append((char) read());
            limit(sb);
        }
    }

    /** The text up to the closing quote; a doubled quote stands for one. */
    private String quoted(char quote) throws IOException, BackupProblem {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ch = read();
            if (ch < 0) {
                throw BackupProblem.corrupt("unterminated literal");
            }
            if (ch == quote) {
                if (peek() != quote) {
                    return sb.toString();
                }
                read();
            }
            sb.append((char) ch);
            limit(sb);
        }
    }

    private static void limit(StringBuilder sb) throws BackupProblem {
        if (sb.length() > MAX_TOKEN) {
            throw BackupProblem.unsafe("token longer than " + MAX_TOKEN);
        }
    }

    /** Decodes the escapes of a U&'…' literal: \\, \XXXX and \+XXXXXX. */
    static String unicode(String raw) throws BackupProblem {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            try {
                if (raw.startsWith("\\", i + 1)) {
                    sb.append('\\');
                    i++;
                } else if (raw.startsWith("+", i + 1)) {
                    sb.appendCodePoint(HexFormat.fromHexDigits(raw.substring(i + 2, i + 8)));
                    i += 7;
                } else {
                    sb.append((char) HexFormat.fromHexDigits(raw.substring(i + 1, i + 5)));
                    i += 4;
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw BackupProblem.unsafe("bad unicode escape");
            }
        }
        return sb.toString();
    }
}
