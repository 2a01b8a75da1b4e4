package cn.huyang.exchange;

import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line format of a package's table files (docs/packages.md): UTF-8; the first line the column
 * names, then one line per row, each ending in a line feed; fields separated by TAB; in a field
 * {@code \t \n \r \\} stand for TAB, line feed, carriage return and backslash, and a field that is
 * exactly {@code \N} is null. Reading is strict: a wrong number of fields, an unknown escape, a raw
 * carriage return, bad UTF-8, a missing last line feed or a line over the limit refuses the file,
 * naming it and the line. (Not the backup's {@code cn.huyang.db.TableFile}.)
 */
public final class TableFile {
    private static final String NULL = "\\N";

    private TableFile() {
    }

    /** The file of a table. */
    public static byte[] write(PackageTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + table.rows().size() * 64);
        StringBuilder line = new StringBuilder(256);
        line.append(String.join("\t", table.columns())).append('\n');
        flush(line, out);
        for (List<String> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                escape(row.get(i), line);
            }
            line.append('\n');
            flush(line, out);
        }
        return out.toByteArray();
    }

    private static void flush(StringBuilder line, ByteArrayOutputStream out) {
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        line.setLength(0);
    }

    private static void escape(String value, StringBuilder out) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
    }

    /**
     * The table in {@code bytes}, the file {@code file} of the package (named in a refusal) for the table
     * {@code name}; lines longer than {@code maxLineBytes} are refused.
     */
    public static PackageTable read(String file, String name, byte[] bytes, int maxLineBytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        int start = 0;
        long lineNo = 0;
        while (start < bytes.length) {
            lineNo++;
            int end = indexOf(bytes, start, maxLineBytes);
            if (end < 0) {
                boolean tooLong = Math.min(bytes.length, start + maxLineBytes + 1L) - start > maxLineBytes;
                throw bad(file, lineNo, tooLong ? "package.table.tooLong" : "package.table.noLineEnd", maxLineBytes);
            }
            String line = decode(utf8, bytes, start, end, file, lineNo);
            start = end + 1;
            if (columns == null) {
                columns = header(file, line);
                continue;
            }
            rows.add(fields(file, lineNo, line, columns.size()));
        }
        if (columns == null) {
            throw bad(file, 1, "package.table.noHeader");
        }
        return new PackageTable(name, columns, rows);
    }

    /** Where the line starting at {@code start} ends (its line feed), or -1 when none within the limit. */
    private static int indexOf(byte[] bytes, int start, int maxLineBytes) {
        int limit = (int) Math.min(bytes.length, (long) start + maxLineBytes + 1);
        for (int i = start; i < limit; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String decode(CharsetDecoder utf8, byte[] bytes, int start, int end, String file, long lineNo) {
        try {
            return utf8.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw bad(file, lineNo, "package.table.encoding");
        }
    }

    private static List<String> header(String file, String line) {
        List<String> names = Arrays.asList(line.split("\t", -1));
        for (String n : names) {
            if (!PackageTable.NAME.matcher(n).matches()) {
                throw bad(file, 1, "package.table.header");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw bad(file, 1, "package.table.header");
        }
        return names;
    }

    private static List<String> fields(String file, long lineNo, String line, int expected) {
        List<String> out = new ArrayList<>(expected);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int fieldStart = 0;
        while (true) {
            if (i == line.length() || line.charAt(i) == '\t') {
                out.add(nullOr(field, line, fieldStart, i));
                if (out.size() > expected) {
                    throw bad(file, lineNo, "package.table.fieldCount", expected, count(line));
                }
                field.setLength(0);
                if (i == line.length()) {
                    break;
                }
                fieldStart = ++i;
                continue;
            }
            char c = line.charAt(i);
            if (c == '\r') {
                throw bad(file, lineNo, "package.table.rawReturn");
            }
            if (c != '\\') {
                field.append(c);
                i++;
                continue;
            }
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            switch (next) {
                case 't' -> field.append('\t');
                case 'n' -> field.append('\n');
                case 'r' -> field.append('\r');
                case '\\' -> field.append('\\');
                case 'N' -> {
                    boolean whole = i == fieldStart && (i + 2 == line.length() || line.charAt(i + 2) == '\t');
                    if (!whole) {
                        throw bad(file, lineNo, "package.table.escape");
                    }
                }
                default -> throw bad(file, lineNo, "package.table.escape");
            }
            i += 2;
        }
        if (out.size() != expected) {
            throw bad(file, lineNo, "package.table.fieldCount", expected, out.size());
        }
        return out;
    }

    private static String nullOr(StringBuilder field, String line, int start, int end) {
        return end - start == 2 && line.startsWith(NULL, start) ? null : field.toString();
    }

    private static int count(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == '\t' ? 1 : 0;
        }
        return n;
    }

    private static PackageRefusal bad(String file, long line, String detailKey, Object... detailArgs) {
        Object[] texts = new Object[detailArgs.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = String.valueOf(detailArgs[i]);
        }
        return new PackageRefusal(Reason.BAD_TABLE, file, String.valueOf(line),
                new PackageRefusal.Detail(detailKey, texts));
    }
}
