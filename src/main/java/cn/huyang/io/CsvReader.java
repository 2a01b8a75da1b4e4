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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A .csv (or .txt) file as one sheet: UTF-8 with or without BOM, else GBK/GB18030; quoted cells may hold commas and line breaks. */
final class CsvReader {
    private CsvReader() {
    }

    // ---- csv ----------------------------------------------------------------------------------

    static String sheetName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** UTF-8 when the file has its BOM or decodes as UTF-8 throughout; GB18030 (a superset of GBK) else. */
    static Charset charset(Path file) throws IOException {
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

    static void read(Path file, RowSink sink) {
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset(file)))) {
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
}
