package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Text placed the same way in every layout: measured with the shipped font, centred or set flush
 * right, and broken into lines the way Chinese text is broken (at any CJK character, at spaces in
 * Latin words, never a closing punctuation mark at the start of a line).
 */
final class Typesetter {
    private static final String NO_LINE_START = "，。、；：！？）》」』”’%…—,.;:!?)";
    private static final String NO_LINE_END = "（《「『“‘(";

    private final FormFont font;

    Typesetter(FormFont font) {
        this.font = font;
    }

    FormFont font() {
        return font;
    }

    double width(String text, double size) {
        return font.widthMm(text, size);
    }

    void centered(Layout.Page p, double cx, double baseline, double size, String text) {
        if (text != null && !text.isEmpty()) {
            p.text(cx - font.widthMm(text, size) / 2, baseline, size, text);
        }
    }

    void right(Layout.Page p, double rx, double baseline, double size, String text) {
        if (text != null && !text.isEmpty()) {
            p.text(rx - font.widthMm(text, size), baseline, size, text);
        }
    }

    /**
     * Breaks a text into lines no wider than {@code width} mm: at any CJK character, at spaces for
     * Latin words, keeping closing punctuation off the start of a line; paragraphs (line breaks in the
     * text) start on a new line, indented by two characters when {@code indent}.
     */
    List<String> wrap(String text, double width, double size, boolean indent) {
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String t = para.strip().replace('\t', ' ');
            if (t.isEmpty()) {
                continue;
            }
            if (indent) {
                t = "\u3000\u3000" + t;
            }
            StringBuilder line = new StringBuilder();
            double w = 0;
            int i = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                int len = Character.charCount(cp);
                String ch = t.substring(i, i + len);
                double cw = font.widthMm(ch, size);
                if (w + cw > width && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
                    int back = latinBreak(line);
                    if (back > 0 && isLatin(cp)) {
                        String carry = line.substring(back);
                        out.add(line.substring(0, back).stripTrailing());
                        line.setLength(0);
                        line.append(carry);
                        w = font.widthMm(carry, size);
                    } else if (openings(line) > 0 && openings(line) < line.length()) {
                        // opening brackets go down with what they open
                        String open = line.substring(line.length() - openings(line));
                        out.add(line.substring(0, line.length() - open.length()));
                        line.setLength(0);
                        line.append(open);
                        w = font.widthMm(open, size);
                    } else {
                        out.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    if (cp == ' ') {
                        i += len;
                        continue;
                    }
                }
                line.append(ch);
                w += cw;
                i += len;
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
        }
        return out;
    }

    /** How many opening brackets end the line. */
    private static int openings(StringBuilder line) {
        int n = 0;
        while (n < line.length() && NO_LINE_END.indexOf(line.charAt(line.length() - 1 - n)) >= 0) {
            n++;
        }
        return n;
    }

    private static boolean isLatin(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Where a Latin word being broken starts in the line (after its space), or 0. */
    private static int latinBreak(StringBuilder line) {
        int i = line.length();
        while (i > 0 && isLatin(line.charAt(i - 1))) {
            i--;
        }
        if (i == line.length() || i == 0 || line.length() - i > 20) {
            return 0;
        }
        return i;
    }
}
