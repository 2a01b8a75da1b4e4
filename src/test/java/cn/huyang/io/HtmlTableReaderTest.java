package cn.huyang.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows a web page saved as ".xls" gives, as Excel shows them: spans, line breaks, entities, sloppy HTML. */
class HtmlTableReaderTest {
    @TempDir
    Path dir;

    /** Each non-blank row as "number:cell|cell|…" (kind-marked: #number, @date, text as is). */
    static List<String> rows(Path file, String sheet) {
        List<String> out = new ArrayList<>();
        SpreadsheetReader.read(file, sheet, (n, cells) -> out.add(n + ":" + cells.stream().map(c -> switch (c.kind()) {
            case NUMBER -> "#" + c.shown();
            case DATE -> "@" + c.shown();
            case TEXT -> c.text();
        }).collect(Collectors.joining("|"))), null);
        return out;
    }

    private Path page(String html) throws Exception {
        return Files.writeString(dir.resolve("page.xls"), html);
    }

    @Test
    void colspanAndRowspanSpreadAsMergedCellsDoAndEveryCellIsText() throws Exception {
        Path file = page("""
                <table>
                  <tr><th colspan="3">标题</th></tr>
                  <tr><td rowspan=2>计算机系</td><td>张伟</td><td x:str>0012</td></tr>
                  <tr><td>李娜</td><td x:num>1.50</td></tr>
                  <tr><td>机电系</td><td rowspan="0">王强</td><td>3</td></tr>
                  <tr><td>x</td><td>y</td></tr>
                </table>""");
        assertThat(rows(file, null)).containsExactly(
                "1:标题||", "2:计算机系|张伟|0012", "3:|李娜|1.50", "4:机电系|王强|3", "5:x||y");
    }

    @Test
    void lineBreaksEntitiesSpacesScriptsCommentsAndUnclosedCells() throws Exception {
        Path file = page("""
                <html><head><style>td {mso-number-format:"\\@"}</style>
                <script>document.write("<table><tr><td>假</td></tr></table>")</script></head><body>
                <!-- <table><tr><td>注释</td></tr></table> -->
                <TABLE><TR><TD>北京<br style='mso-data-placement:same-cell'>海淀</TD><Td>  A &amp;  B&nbsp;&lt;C&gt; &quot;&#20013;&#x6587;&quot; &copy; &unknown; &amp x</td>
                <tr><td>a < 1<td>b<td>c
                <tr><td>  </td></table>
                <table><tr><td>第二张表</td></tr></table>
                </body></html>""");
        assertThat(rows(file, null)).containsExactly(
                "1:北京\n海淀|A & B <C> \"中文\" © &unknown; &amp x", "2:a < 1|b|c", "4:第二张表");
    }

    @Test
    void textOutsideTheTablesTakesARowOfItsOwnAsInExcel() throws Exception {
        Path file = page("""
                <html><head><title>不是一行</title></head><body>
                <h3>辅导员花名册</h3><div>导出时间：2025-06-01<br>操作员：admin</div>
                <table><tr><td>姓名</td></tr><tr><td>张伟</td></tr></table>
                <p>共 1 条</p></body></html>""");
        assertThat(rows(file, null)).containsExactly("1:辅导员花名册", "2:导出时间：2025-06-01", "3:操作员：admin",
                "4:姓名", "5:张伟", "6:共 1 条");
    }

    @Test
    void aTableInsideACellIsTheCellsText() throws Exception {
        Path file = page("<table><tr><td>外<table><tr><td>内一</td><td>内二</td></tr></table>尾</td><td>旁</td></tr></table>");
        assertThat(rows(file, null)).containsExactly("1:外 内一 内二 尾|旁");
    }

    @Test
    void theCharsetComesFromTheBomTheMetaOrTheBytes() throws Exception {
        String table = "<table><tr><td>张伟</td><td>计算机系</td></tr></table>";
        Charset gbk = Charset.forName("GBK");
        Path bom = Files.write(dir.resolve("bom.xls"), ("\uFEFF<html>" + table).getBytes(StandardCharsets.UTF_8));
        Path meta = Files.write(dir.resolve("meta.xls"), ("<html><head><meta charset=GBK></head>" + table).getBytes(gbk));
        Path bytes = Files.write(dir.resolve("bytes.xls"), ("<html>" + table).getBytes(gbk));
        Path utf16 = Files.write(dir.resolve("utf16.xls"), ("<html>" + table).getBytes(StandardCharsets.UTF_16));
        Path lying = Files.write(dir.resolve("lying.xls"), ("<html><meta charset=\"utf-8\">" + table).getBytes(gbk));
        for (Path p : List.of(bom, meta, bytes, utf16, lying)) {
            assertThat(rows(p, null)).as(p.toString()).containsExactly("1:张伟|计算机系");
        }
    }

    @Test
    void aPageIsOneSheetNamedAfterTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("学工系统导出.xls"), "<table><tr><td>x</td></tr></table>");
        assertThat(SpreadsheetReader.sheets(file)).containsExactly("学工系统导出");
    }
}
