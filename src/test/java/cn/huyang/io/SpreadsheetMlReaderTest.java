package cn.huyang.io;

import static cn.huyang.io.HtmlTableReaderTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel 2003 XML: ss:Index, MergeAcross/MergeDown, typed data, rich text, comments, sheets. */
class SpreadsheetMlReaderTest {
    @TempDir
    Path dir;

    private Path book(String worksheets) throws Exception {
        return Files.writeString(dir.resolve("2003.xls"), "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\""
                + " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:html=\"http://www.w3.org/TR/REC-html40\">"
                + worksheets + "</Workbook>");
    }

    @Test
    void cellsArePlacedSpreadAndTyped() throws Exception {
        Path file = book("""
                <Worksheet ss:Name="名单"><Table>
                 <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell></Row>
                 <Row ss:Index="3"><Cell ss:MergeDown="1"><Data ss:Type="String">计算机系</Data></Cell>
                   <Cell><Data ss:Type="Number">13912345678</Data></Cell>
                   <Cell ss:Index="4"><Data ss:Type="DateTime">2015-09-01T00:00:00.000</Data></Cell></Row>
                 <Row><Cell><ss:Data ss:Type="String"><html:B>李</html:B>娜</ss:Data><Comment><ss:Data>批注</ss:Data></Comment></Cell>
                   <Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Number">abc</Data></Cell></Row>
                </Table></Worksheet>""");
        assertThat(rows(file, null)).containsExactly(
                "1:标题||", "3:计算机系|#13912345678||@2015-09-01", "4:|李娜|TRUE|abc");
    }

    @Test
    void hiddenSheetsAreNotOfferedAndAMissingOneIsNamed() throws Exception {
        Path file = book("""
                <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">隐藏</Data></Cell></Row></Table>
                 <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
                <Worksheet ss:Name="甲"><Table><Row><Cell><Data ss:Type="String">a</Data></Cell></Row></Table></Worksheet>
                <Worksheet ss:Name="乙"><Table><Row><Cell><Data ss:Type="String">b</Data></Cell></Row></Table></Worksheet>""");
        assertThat(SpreadsheetReader.sheets(file)).containsExactly("甲", "乙");
        assertThat(rows(file, null)).containsExactly("1:a");
        assertThat(rows(file, "乙")).containsExactly("1:b");
        assertThatThrownBy(() -> rows(file, "丙")).isInstanceOfSatisfying(SpreadsheetException.class,
                e -> assertThat(e.render(Messages.forLanguage("zh"))).isEqualTo("找不到工作表“丙”。可选的工作表：甲、乙"));
    }

    @Test
    void notWellFormedXmlIsCorrupt() throws Exception {
        Path file = book("<Worksheet ss:Name=\"名单\"><Table><Row><Cell>");
        assertThatThrownBy(() -> rows(file, null)).isInstanceOfSatisfying(SpreadsheetException.class,
                e -> assertThat(e.problem()).isEqualTo(SpreadsheetException.Problem.CORRUPT));
    }
}
