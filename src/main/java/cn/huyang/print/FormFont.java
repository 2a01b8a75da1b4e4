package cn.huyang.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font shipped inside the application (WenQuanYi Micro Hei, Apache-2.0; see
 * {@code fonts/README.txt}), parsed once per program: the layout measures text with it, the PDF
 * embeds it as a subset, and the JavaFX preview and printer draw with it too.
 */
public final class FormFont {
    public static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private static volatile FormFont instance;

    private final TrueTypeCollection collection;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final ConcurrentHashMap<Integer, Float> widths = new ConcurrentHashMap<>();

    private FormFont() throws IOException {
        try (InputStream in = FormFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("font missing: " + RESOURCE);
            }
            collection = new TrueTypeCollection(in);
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        font = first[0];
        cmap = font.getUnicodeCmapLookup();
        unitsPerEm = font.getUnitsPerEm();
    }

    /** The font, parsed on first use. */
    public static FormFont get() {
        FormFont f = instance;
        if (f == null) {
            synchronized (FormFont.class) {
                f = instance;
                if (f == null) {
                    try {
                        instance = f = new FormFont();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return f;
    }

    /** The parsed TrueType font; its glyph data is read lazily, so users lock on this object. */
    public TrueTypeFont trueType() {
        return font;
    }

    /** The font file for a toolkit that loads fonts from a stream. */
    public static InputStream open() {
        return FormFont.class.getResourceAsStream(RESOURCE);
    }

    /** The advance width of a text at a size in points, in millimetres. */
    public double widthMm(String text, double sizePt) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units / unitsPerEm * sizePt / Layout.PT_PER_MM;
    }

    private float advance(int cp) {
        Float w = widths.get(cp);
        if (w == null) {
            synchronized (this) {
                try {
                    w = (float) font.getAdvanceWidth(cmap.getGlyphId(cp));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            widths.put(cp, w);
        }
        return w;
    }

    /** True when the font has a glyph for the code point. */
    public boolean covers(int cp) {
        return cmap.getGlyphId(cp) != 0;
    }
}
