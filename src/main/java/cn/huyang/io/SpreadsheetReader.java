package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of one sheet from .xlsx (streamed: SAX over the sheet's XML, memory bounded
 * whatever the size), .xls, or .csv (UTF-8 with or without BOM, else GBK/GB18030). Every failure
 * is a {@link SpreadsheetException} with a reason for the user; blank rows are passed on as empty
 * lists only up to the cap of non-blank rows.
 */
public final class SpreadsheetReader {
    /** More non-blank rows than any roster or ledger has: refused rather than read for minutes. */
    public static final int MAX_ROWS = 200_000;

    private SpreadsheetReader() {
    }

    enum Format { XLSX, XLS, CSV }

    /** The visible sheets, in workbook order (a CSV file has one, named after the file). */
    public static List<String> sheets(Path file) {
        return switch (format(file)) {
            case XLSX -> withPackage(file, (pkg, reader) -> visibleSheets(reader));
            case XLS -> withHssf(file, wb -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                        out.add(wb.getSheetName(i));
                    }
                }
                return out;
            });
            case CSV -> List.of(csvSheetName(file));
        };
    }

    /** Every row of a sheet (the first visible one when {@code sheet} is null), in order. */
    public static void read(Path file, String sheet, RowSink sink, BooleanSupplier cancelled) {
        RowSink guarded = new Guard(sink, cancelled);
        switch (format(file)) {
            case XLSX -> withPackage(file, (pkg, reader) -> {
                readXlsx(pkg, reader, sheet, guarded);
                return null;
            });
            case XLS -> withHssf(file, wb -> {
                readHssf(wb, sheet, guarded);
                return null;
            });
            case CSV -> readCsv(file, guarded);
        }
    }

    // ---- format -------------------------------------------------------------------------------

    static Format format(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new SpreadsheetException(Problem.NOT_FOUND, file.toString());
            }
            if (Files.size(file) == 0) {
                throw new SpreadsheetException(Problem.EMPTY, file.getFileName().toString());
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (magic == FileMagic.OOXML) {
                return Format.XLSX;
            }
            if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    if (fs.getRoot().hasEntry("EncryptionInfo")) {
                        throw new SpreadsheetException(Problem.ENCRYPTED, file.getFileName().toString());
                    }
                    if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                        throw new SpreadsheetException(Problem.NOT_SPREADSHEET, file.getFileName().toString());
                    }
                }
                return Format.XLS;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return Format.CSV;
            }
            throw new SpreadsheetException(Problem.NOT_SPREADSHEET, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new SpreadsheetException(Problem.NOT_FOUND, e, file.toString());
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, file.getFileName().toString());
        }
    }

    // ---- xlsx ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface PackageWork<T> {
        T apply(OPCPackage pkg, XSSFReader reader) throws IOException, SAXException, OpenXML4JException, ParserConfigurationException;
    }

    private static <T> T withPackage(Path file, PackageWork<T> work) {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return work.apply(pkg, new XSSFReader(pkg));
        } catch (SpreadsheetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(Problem.ENCRYPTED, e, name);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            if (e.getCause() instanceof SpreadsheetException se) {
                throw se;
            }
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    private record SheetEntry(String name, boolean hidden) {
    }

    private static List<SheetEntry> workbookSheets(XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException, ParserConfigurationException {
        List<SheetEntry> out = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if ("sheet".equals(localName)) {
                    String state = a.getValue("state");
                    out.add(new SheetEntry(a.getValue("name"), state != null && !"visible".equals(state)));
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return out;
    }

    private static List<String> visibleSheets(XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException, ParserConfigurationException {
        return workbookSheets(reader).stream().filter(s -> !s.hidden()).map(SheetEntry::name).toList();
    }

    private static void readXlsx(OPCPackage pkg, XSSFReader reader, String sheet, RowSink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        List<String> visible = visibleSheets(reader);
        String wanted = sheet != null ? sheet : visible.isEmpty() ? null : visible.get(0);
        StylesTable styles = reader.getStylesTable();
        List<String> strings = sharedStrings(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (wanted == null || !wanted.equals(it.getSheetName())) {
                    continue;
                }
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XlsxSheetHandler(strings, styles, sink));
                try {
                    xml.parse(new InputSource(in));
                } catch (SAXException e) {
                    if (e.getException() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw e;
                }
                return;
            }
        }
        throw new SpreadsheetException(Problem.NO_SUCH_SHEET, String.valueOf(sheet), String.join("、", visible));
    }

    private static List<String> sharedStrings(OPCPackage pkg)
            throws IOException, SAXException, ParserConfigurationException {
        var parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return List.of();
        }
        XlsxSheetHandler.SharedStrings handler = new XlsxSheetHandler.SharedStrings();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try (InputStream in = parts.get(0).getInputStream()) {
            xml.parse(new InputSource(in));
        }
        return handler.strings;
    }

    // ---- xls ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface HssfWork<T> {
        T apply(HSSFWorkbook wb);
    }

    private static <T> T withHssf(Path file, HssfWork<T> work) {
        String name = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            return work.apply(wb);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(Problem.ENCRYPTED, e, name);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, name);
        }
    }

    private static void readHssf(HSSFWorkbook wb, String sheet, RowSink sink) {
        Sheet s = null;
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                visible.add(wb.getSheetName(i));
            }
        }
        String wanted = sheet != null ? sheet : visible.isEmpty() ? null : visible.get(0);
        if (wanted != null) {
            s = wb.getSheet(wanted);
        }
        if (s == null) {
            throw new SpreadsheetException(Problem.NO_SUCH_SHEET, String.valueOf(sheet), String.join("、", visible));
        }
        for (Row row : s) {
            List<CellValue> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(value(row.getCell(i)));
            }
            sink.row(row.getRowNum() + 1, cells);
        }
    }

    private static CellValue value(Cell c) {
        if (c == null) {
            return CellValue.BLANK;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? CellValue.date(c.getNumericCellValue())
                    : CellValue.number(c.getNumericCellValue());
            case STRING -> CellValue.text(c.getStringCellValue());
            case BOOLEAN -> CellValue.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> CellValue.BLANK;
        };
    }

    // ---- csv ----------------------------------------------------------------------------------

    static String csvSheetName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** UTF-8 when the file has its BOM or decodes as UTF-8 throughout; GB18030 (a superset of GBK) else. */
    static Charset csvCharset(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            byte[] buf = new byte[64 * 1024];
            ByteBuffer bytes = ByteBuffer.allocate(buf.length + 8);
            CharBuffer chars = CharBuffer.allocate(buf.length + 8);
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.put(buf, 0, n).flip();
                var result = dec.decode(bytes, chars, false);
                if (result.isError()) {
                    return Charset.forName("GB18030");
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            var result = dec.decode(bytes, chars, true);
            if (result.isError() || bytes.hasRemaining()) {
                return Charset.forName("GB18030");
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static void readCsv(Path file, RowSink sink) {
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), csvCharset(file)))) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            List<CellValue> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int rowNumber = 1;
            int c;
            while ((c = r.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                r.reset();
                            }
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(CellValue.text(cell.toString()));
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        r.mark(1);
                        if (r.read() != '\n') {
                            r.reset();
                        }
                    }
                    cells.add(CellValue.text(cell.toString()));
                    cell.setLength(0);
                    sink.row(rowNumber++, cells);
                    cells = new ArrayList<>();
                } else {
                    cell.append((char) c);
                }
            }
            if (cell.length() > 0 || !cells.isEmpty()) {
                cells.add(CellValue.text(cell.toString()));
                sink.row(rowNumber, cells);
            }
        } catch (IOException e) {
            throw new SpreadsheetException(Problem.CORRUPT, e, file.getFileName().toString());
        }
    }

    // ---- guard --------------------------------------------------------------------------------

    /** Drops blank rows, stops at the cap of non-blank rows and on cancel. */
    private static final class Guard implements RowSink {
        private final RowSink sink;
        private final BooleanSupplier cancelled;
        private int rows;

        Guard(RowSink sink, BooleanSupplier cancelled) {
            this.sink = sink;
            this.cancelled = cancelled == null ? () -> false : cancelled;
        }

        @Override
        public void row(int number, List<CellValue> cells) {
            if ((number & 0xFF) == 0 && cancelled.getAsBoolean()) {
                throw new SpreadsheetException(Problem.CANCELLED);
            }
            if (cells.stream().allMatch(CellValue::isBlank)) {
                return;
            }
            if (++rows > MAX_ROWS) {
                throw new SpreadsheetException(Problem.TOO_MANY_ROWS, MAX_ROWS);
            }
            sink.row(number, cells);
        }
    }
}
