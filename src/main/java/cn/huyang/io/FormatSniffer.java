package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file really is, from its content and never its name: offices receive web pages saved as
 * ".xls", Excel 2003 XML, LibreOffice's .ods and WPS's .et, and now and then a PDF or a photo renamed
 * ".xls". A format that cannot be read as a table is refused with what it is and what to do.
 */
final class FormatSniffer {
    /** The formats read as tables. */
    enum Format { XLSX, XLS, ODS, SPREADSHEET_ML, HTML, CSV }

    /** A web page or XML file larger than this is no roster: refused before it is read. */
    static final long MAX_TEXT_BYTES = 128L * 1024 * 1024;
    /** The bytes looked at for a text format's first tag. */
    static final int HEAD = 8 * 1024;

    static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private FormatSniffer() {
    }

    static Format sniff(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new SpreadsheetException(Problem.NOT_FOUND, file.toString());
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new SpreadsheetException(Problem.EMPTY, name);
            }
            byte[] head = head(file);
            Format f = binary(file, head, name);
            if (f == null) {
                f = text(head, name);
            }
            if ((f == Format.HTML || f == Format.SPREADSHEET_ML) && size > MAX_TEXT_BYTES) {
                throw new SpreadsheetException(Problem.TOO_LARGE, name, size / (1024 * 1024),
                        MAX_TEXT_BYTES / (1024 * 1024));
            }
            return f;
        } catch (NoSuchFileException e) {
            throw new SpreadsheetException(Problem.NOT_FOUND, e, file.toString());
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A binary format by its magic number, or null for text. */
    private static Format binary(Path file, byte[] b, String name) throws IOException {
        if (starts(b, 'P', 'K', 3, 4)) {
            return zip(file, name);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return compound(file, name);
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            throw new SpreadsheetException(Problem.IS_PDF, name);
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')
                || starts(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            throw new SpreadsheetException(Problem.IS_IMAGE, name);
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            throw new SpreadsheetException(Problem.IS_WORD, name);
        }
        return null;
    }

    private static Format zip(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mime = zip.getEntry("mimetype");
            if (mime != null) {
                String type;
                try (InputStream in = zip.getInputStream(mime)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
                if (type.equals(ODS_MIME) || type.equals(ODS_MIME + "-template")) {
                    if (encryptedOds(zip)) {
                        throw new SpreadsheetException(Problem.ENCRYPTED, name);
                    }
                    return Format.ODS;
                }
                if (type.startsWith("application/vnd.oasis.opendocument.text")) {
                    throw new SpreadsheetException(Problem.IS_WORD, name);
                }
            }
            if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("[Content_Types].xml") != null
                    && zip.stream().anyMatch(e -> e.getName().startsWith("xl/"))) {
                return Format.XLSX;
            }
            if (zip.getEntry("word/document.xml") != null) {
                throw new SpreadsheetException(Problem.IS_WORD, name);
            }
            throw new SpreadsheetException(Problem.NOT_SPREADSHEET, name);
        } catch (ZipException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    /** LibreOffice's password: the manifest lists how each part was encrypted. */
    private static boolean encryptedOds(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    private static Format compound(Path file, String name) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new SpreadsheetException(Problem.ENCRYPTED, name);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book") || root.hasEntry("WORKBOOK")) {
                return Format.XLS;
            }
            if (root.hasEntry("WordDocument")) {
                throw new SpreadsheetException(Problem.IS_WORD, name);
            }
            throw new SpreadsheetException(Problem.NOT_SPREADSHEET, name);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    /** A text format by its first tag, after a BOM, white space, comments and the XML declaration. */
    private static Format text(byte[] b, String name) {
        String s = decodeHead(b).toLowerCase(Locale.ROOT);
        int i = skipProlog(s);
        String rest = s.substring(i);
        if (s.contains("progid=\"excel.sheet\"") || s.contains("urn:schemas-microsoft-com:office:spreadsheet")
                && (rest.startsWith("<workbook") || rest.startsWith("<ss:workbook") || rest.startsWith("<!doctype"))) {
            return Format.SPREADSHEET_ML;
        }
        if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || rest.startsWith("<table")
                || rest.startsWith("<head") || rest.startsWith("<body") || rest.startsWith("<meta")
                || rest.startsWith("<style") || rest.startsWith("<title")) {
            return Format.HTML;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Format.CSV;
        }
        throw new SpreadsheetException(Problem.NOT_SPREADSHEET, name);
    }

    /** The head as text: UTF-16 by its BOM, else byte for byte (every tag name is ASCII in UTF-8 and GBK alike). */
    static String decodeHead(byte[] b) {
        if (starts(b, 0xFF, 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int from = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }

    /** Past white space, comments, {@code <?…?>} and a DOCTYPE other than HTML's. */
    private static int skipProlog(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF' || c == 0) {
                i++;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? s.length() : end + 3;
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return i;
            }
        }
        return i;
    }
}
