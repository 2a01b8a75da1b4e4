package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
 * whatever the size), .xls and WPS's .et, .ods, Excel 2003 XML, a web page saved as ".xls", or .csv
 * (UTF-8 with or without BOM, else GBK/GB18030) — told apart by {@link FormatSniffer} from the
 * content, never the name. Every failure
 * is a {@link SpreadsheetException} with a reason for the user; blank rows are passed on as empty
 * lists only up to the cap of non-blank rows.
 */
public final class SpreadsheetReader {
    /** More non-blank rows than any roster or ledger has: refused rather than read for minutes. */
    public static final int MAX_ROWS = 200_000;

    private SpreadsheetReader() {
    }

    /** The visible sheets, in workbook order (a CSV file has one, named after the file). */
    public static List<String> sheets(Path file) {
        return switch (FormatSniffer.sniff(file)) {
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
            case ODS -> OdsReader.sheets(file);
            case SPREADSHEET_ML -> SpreadsheetMlReader.sheets(file);
            case HTML, CSV -> List.of(CsvReader.sheetName(file));
        };
    }

    /** Every row of a sheet (the first visible one when {@code sheet} is null), in order. */
    public static void read(Path file, String sheet, RowSink sink, BooleanSupplier cancelled) {
        RowSink guarded = new RowGuard(sink, cancelled);
        switch (FormatSniffer.sniff(file)) {
            case XLSX -> withPackage(file, (pkg, reader) -> {
                readXlsx(pkg, reader, sheet, guarded, file.getFileName().toString());
                return null;
            });
            case XLS -> withHssf(file, wb -> {
                readHssf(wb, sheet, guarded, file.getFileName().toString());
                return null;
            });
            case ODS -> OdsReader.read(file, sheet, guarded);
            case SPREADSHEET_ML -> SpreadsheetMlReader.read(file, sheet, guarded);
            case HTML -> HtmlTableReader.read(file, guarded);
            case CSV -> CsvReader.read(file, guarded);
        }
    }

    /**
     * The sheet to read: {@code sheet}, or the first of {@code visible} when null (refused when there
     * is none). Whether {@code sheet} exists is for the reader to find.
     */
    static String pick(List<String> visible, String sheet, String file) {
        if (sheet != null) {
            return sheet;
        }
        if (visible.isEmpty()) {
            throw new SpreadsheetException(Problem.NO_SHEET, file);
        }
        return visible.get(0);
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

    private static void readXlsx(OPCPackage pkg, XSSFReader reader, String sheet, RowSink sink, String name)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        List<String> visible = visibleSheets(reader);
        String wanted = pick(visible, sheet, name);
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

    private static void readHssf(HSSFWorkbook wb, String sheet, RowSink sink, String name) {
        Sheet s = null;
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                visible.add(wb.getSheetName(i));
            }
        }
        String wanted = pick(visible, sheet, name);
        s = wb.getSheet(wanted);
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

}
