package cn.huyang.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;

/**
 * The shipped CJK font cut down to the characters a document uses: a TrueType subset with its own cmap
 * (a few dozen KB), embedded whole — the appraisal forms and the team report embed it the same way.
 */
public final class FontSubset {
    /** The tables a PDF's TrueType font needs: outlines, metrics, names, cmap, hinting; not GPOS or the like. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "cmap", "OS/2", "name", "post");

    private FontSubset() {
    }

    /** The shipped font cut down to the given characters, named with a subset tag (ABCDEF+). */
    public static byte[] of(FormFont font, Set<Integer> codePoints) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        synchronized (font) {
            TTFSubsetter subsetter = new TTFSubsetter(font.trueType(), TABLES);
            for (int cp : codePoints) {
                if (font.covers(cp)) {
                    subsetter.add(cp);
                }
            }
            subsetter.add('\u25A1');
            subsetter.setPrefix(tag(codePoints));
            subsetter.writeToStream(bytes);
        }
        return bytes.toByteArray();
    }

    /** Six capital letters from the characters used, as PDF subset names have them. */
    private static String tag(Set<Integer> codePoints) {
        long h = 1125899906842597L;
        for (int cp : codePoints) {
            h = 31 * h + cp;
        }
        h &= Long.MAX_VALUE;
        StringBuilder sb = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + h % 26));
            h /= 26;
        }
        return sb.append('+').toString();
    }
}
