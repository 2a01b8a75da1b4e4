package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as ".xls" (a web system's "export to Excel"): the rows of its tables, read by a
 * small streaming scanner that knows {@code table}, {@code tr}, {@code td}, {@code th} and {@code br}
 * and nothing else — no DOM, no script, no entity but the standard few. Every cell is text, as Excel
 * reads a cell marked {@code x:str} (an ID number stays an ID number). Rows are numbered as Excel
 * shows the page: the tables' rows one after another, from 1, and each block of text outside them
 * (a heading above, a "共 N 条" below) a row of its own.
 */
final class HtmlTableReader {
    /** Tables inside tables deeper than this are no export: refused. */
    static final int MAX_DEPTH = 32;
    /** A tag longer than this keeps only its start (its attributes beyond are not needed). */
    private static final int MAX_TAG = 4096;
    /** Outside a table, these begin or end a block of text: a row of its own. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "br", "li", "hr", "table", "center", "body", "pre", "blockquote");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private final BufferedReader in;
    private final RowSink sink;
    private final String file;
    private final SpanGrid grid;
    private final CellText text = new CellText();
    private final CellText loose = new CellText();
    private final StringBuilder tag = new StringBuilder();
    private List<CellValue> cells;
    private int depth;
    private int row;
    private int column;
    private boolean inCell;
    private int across;
    private int down;

    private HtmlTableReader(BufferedReader in, RowSink sink, String file) {
        this.in = in;
        this.sink = sink;
        this.file = file;
        this.grid = new SpanGrid(file);
    }

    static void read(Path path, RowSink sink) {
        String file = path.getFileName().toString();
        try (InputStream raw = Files.newInputStream(path);
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, charset(path)), 64 * 1024)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            new HtmlTableReader(r, sink, file).scan();
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, file);
        }
    }

    /**
     * From the BOM, else the page's {@code <meta charset>} (GB2312 and GBK read as GB18030, their
     * superset), else — and when the page claims UTF-8 — UTF-8 when the bytes are UTF-8, else GB18030.
     */
    static Charset charset(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(FormatSniffer.HEAD);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        Matcher m = META_CHARSET.matcher(FormatSniffer.decodeHead(head));
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936")) {
                return Charset.forName("GB18030"); // a superset of GB2312 and GBK
            }
            try {
                Charset declared = Charset.forName(name);
                if (!declared.equals(StandardCharsets.UTF_8)) {
                    return declared;
                }
                // "utf-8" on a page of GBK bytes happens (a template's head, a system's body): judged by the bytes
            } catch (IllegalArgumentException e) {
                // an unknown name: judged by the bytes, below
            }
        }
        return CsvReader.charset(path);
    }

    private void scan() throws IOException {
        int c;
        while ((c = in.read()) != -1) {
            if (c == '<') {
                tag();
                continue;
            }
            CellText target = inCell ? text : depth == 0 ? loose : null;
            if (target == null) {
                continue;
            }
            if (c == '&') {
                entity(target);
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space(target);
            } else {
                target.append((char) c);
            }
        }
        endTable();
        flushLoose();
    }

    private static void space(CellText target) {
        if (!target.isEmpty() && target.last() != ' ' && target.last() != '\n') {
            target.append(' ');
        }
    }

    /**
     * Text outside the tables, as Excel opens the page: each block of it (a heading, a paragraph, a
     * line) a row of its own, in column A, before, between or after the tables.
     */
    private void flushLoose() {
        if (loose.isEmpty()) {
            return;
        }
        String value = loose.take(row + 1, 0).strip();
        loose.clear();
        if (!value.isEmpty()) {
            List<CellValue> line = new ArrayList<>();
            line.add(CellValue.text(value));
            sink.row(++row, line);
        }
    }

    private void tag() throws IOException {
        tag.setLength(0);
        in.mark(4);
        char[] start = new char[3];
        int n = in.read(start, 0, 3);
        if (n == 3 && start[0] == '!' && start[1] == '-' && start[2] == '-') {
            skipPast("-->");
            return;
        }
        in.reset();
        if (n < 1 || !(Character.isLetter(start[0]) || start[0] == '/' || start[0] == '!' || start[0] == '?')) {
            CellText target = inCell ? text : depth == 0 ? loose : null;
            if (target != null) {
                target.append('<'); // "a < b", as a browser reads it: text, not a tag
            }
            return;
        }
        int c;
        char quote = 0;
        while ((c = in.read()) != -1) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = (char) c;
            } else if (c == '>') {
                break;
            }
            if (tag.length() < MAX_TAG) {
                tag.append((char) c);
            }
        }
        String name = name();
        if (depth == 0 && BLOCKS.contains(name.startsWith("/") ? name.substring(1) : name)) {
            flushLoose();
        }
        switch (name) {
            case "table" -> {
                if (++depth > MAX_DEPTH) {
                    throw new SpreadsheetException(Problem.TOO_DEEP, file);
                }
                if (depth > 1 && inCell) {
                    space(text);
                }
            }
            case "/table" -> {
                if (depth <= 1) {
                    endTable();
                } else if (inCell) {
                    space(text);
                }
                depth = Math.max(0, depth - 1);
            }
            case "tr" -> {
                if (depth <= 1) {
                    endRow();
                    startRow();
                } else if (inCell) {
                    space(text);
                }
            }
            case "/tr" -> {
                if (depth <= 1) {
                    endRow();
                }
            }
            case "td", "th" -> {
                if (depth <= 1) {
                    if (cells == null) {
                        startRow();
                    }
                    endCell();
                    startCell();
                } else if (inCell) {
                    space(text);
                }
            }
            case "/td", "/th" -> {
                if (depth <= 1) {
                    endCell();
                } else if (inCell) {
                    space(text);
                }
            }
            case "br" -> {
                if (inCell) {
                    text.append('\n');
                }
            }
            case "script", "style", "title" -> {
                skipPast("</" + name);
                skipPast(">");
            }
            default -> {
            }
        }
    }

    /** The tag's name in lower case, "/td" for a closing one. */
    private String name() {
        int i = 0;
        StringBuilder b = new StringBuilder();
        if (i < tag.length() && tag.charAt(i) == '/') {
            b.append('/');
            i++;
        }
        while (i < tag.length() && b.length() < 10) {
            char ch = tag.charAt(i++);
            if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' && b.length() > 0) {
                b.append(Character.toLowerCase(ch));
            } else {
                break;
            }
        }
        return b.toString();
    }

    /** Reads past {@code end} (ASCII, matched without regard to case), or to the end of the file. */
    private void skipPast(String end) throws IOException {
        int matched = 0;
        int c;
        while ((c = in.read()) != -1) {
            char ch = Character.toLowerCase((char) c);
            if (ch == end.charAt(matched)) {
                if (++matched == end.length()) {
                    return;
                }
            } else {
                matched = ch == end.charAt(0) ? 1 : 0;
            }
        }
    }

    private void entity(CellText target) throws IOException {
        in.mark(12);
        StringBuilder name = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && name.length() < 10 && c != ';'
                && (Character.isLetterOrDigit(c) || c == '#' && name.length() == 0)) {
            name.append((char) c);
        }
        String decoded = c == ';' ? HtmlEntities.decode(name.toString()) : null;
        if (decoded == null) {
            in.reset();
            target.append('&');
        } else {
            target.append(decoded);
        }
    }

    private void startRow() {
        row++;
        cells = new ArrayList<>();
        column = 0;
    }

    private void startCell() {
        inCell = true;
        text.clear();
        across = attribute("colspan");
        down = attribute("rowspan");
        column = grid.free(row, column);
    }

    private void endCell() {
        if (!inCell) {
            return;
        }
        inCell = false;
        String value = text.take(row, column).strip();
        column = grid.place(cells, row, column, CellValue.text(value), across, down == 0 ? SpanGrid.MAX_ROWSPAN : down);
    }

    private void endRow() {
        endCell();
        if (cells != null) {
            sink.row(row, cells);
            cells = null;
        }
    }

    private void endTable() {
        endRow();
    }

    /** A span attribute of the current tag: 1 when absent or no number, 0 for {@code rowspan="0"} (to the end). */
    private int attribute(String name) {
        String t = tag.toString().toLowerCase(Locale.ROOT);
        int at = t.indexOf(name);
        while (at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))) {
            at = t.indexOf(name, at + 1);
        }
        if (at < 0) {
            return 1;
        }
        int i = at + name.length();
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '=' || t.charAt(i) == '"' || t.charAt(i) == '\'')) {
            i++;
        }
        long v = 0;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 9) {
            v = v * 10 + (t.charAt(i++) - '0');
            digits++;
        }
        return digits == 0 ? 1 : (int) v;
    }
}
