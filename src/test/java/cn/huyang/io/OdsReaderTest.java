package cn.huyang.io;

import static cn.huyang.io.HtmlTableReaderTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument spreadsheets: repeats, spans, paragraphs and spaces, typed values, notes, sheets. */
class OdsReaderTest {
    @TempDir
    Path dir;

    private Path ods(String tables) throws Exception {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:automatic-styles>"
                + "<style:style style:name=\"hid\" style:family=\"table\"><style:table-properties table:display=\"false\"/>"
                + "</style:style></office:automatic-styles><office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>";
        return FormatFixtures.zip(dir.resolve("t.ods"), FormatSniffer.ODS_MIME, List.of("content.xml", content));
    }

    @Test
    @Timeout(20)
    void repeatsSpansAndTypedValues() throws Exception {
        Path file = ods("""
                <table:table table:name="隐藏" table:style-name="hid"><table:table-row><table:table-cell office:value-type="string"><text:p>h</text:p></table:table-cell></table:table-row></table:table>
                <table:table table:name="名单">
                <table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string"><text:p>标题</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>
                <table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="13912345678"><text:p>13912345678</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>北京<text:s text:c="2"/>海淀</text:p><text:p>第二段<text:line-break/>换行</text:p><office:annotation><text:p>批注</text:p></office:annotation></table:table-cell>
                 <table:table-cell office:value-type="date" office:date-value="2015-09-01T08:30:00"><text:p>2015年9月1日</text:p></table:table-cell>
                 <table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell>
                 <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
                 <table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>重</text:p></table:table-cell></table:table-row>
                </table:table>
                <table:table table:name="第二"><table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row></table:table>""");
        assertThat(SpreadsheetReader.sheets(file)).containsExactly("名单", "第二");
        assertThat(rows(file, null)).containsExactly("1:标题", "1000002:||#13912345678", "1000003:||#13912345678",
                "1000004:北京  海淀\n第二段\n换行|@2015-09-01|#0.5|TRUE|重|重");
        assertThat(rows(file, "第二")).containsExactly("1:b");
    }
}
