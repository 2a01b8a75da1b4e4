package cn.huyang.exchange;

import static cn.huyang.exchange.PackageFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line format of a package's table files: what it writes, and what the strict reader refuses. */
class TableFileTest {
    private static PackageTable read(String text) {
        return TableFile.read("tables/t.tsv", "t", text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    private static void refused(String text, String detail) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(PackageRefusal.class, r -> {
            assertThat(r.reason()).isEqualTo(PackageRefusal.Reason.BAD_TABLE);
            assertThat(r.getMessage()).contains("“tables/t.tsv”").contains(detail);
        });
    }

    @Test
    void everyValueTravelsAsTextAndComesBackTheSame() {
        PackageTable t = new PackageTable("t", List.of("a", "b", "c"), List.of(
                row("制表\t符", "换\n行\r回车", "反斜杠\\末尾\\"),
                row(null, "", "\\N"),
                row("", null, "\t"),
                row("\\t", "N", "\\\\N")));
        byte[] file = TableFile.write(t);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("a\tb\tc\n"
                + "制表\\t符\t换\\n行\\r回车\t反斜杠\\\\末尾\\\\\n"
                + "\\N\t\t\\\\N\n"
                + "\t\\N\t\\t\n"
                + "\\\\t\tN\t\\\\\\\\N\n");
        assertThat(TableFile.read("f", "t", file, 1000)).isEqualTo(t);
        PackageTable empty = new PackageTable("t", List.of("only"), List.of());
        assertThat(TableFile.read("f", "t", TableFile.write(empty), 1000)).isEqualTo(empty);
        PackageTable oneEmpty = new PackageTable("t", List.of("only"), List.of(row("")));
        assertThat(TableFile.read("f", "t", TableFile.write(oneEmpty), 1000)).isEqualTo(oneEmpty);
    }

    @Test
    void valuesAreWrittenAsPlainText() {
        assertThat(PackageTable.text(new BigDecimal("1.5E+3"))).isEqualTo("1500");
        assertThat(PackageTable.text(new BigDecimal("1500.50"))).isEqualTo("1500.50");
        assertThat(PackageTable.text(LocalDate.of(2026, 6, 15))).isEqualTo("2026-06-15");
        assertThat(PackageTable.text(LocalDateTime.of(2026, 6, 15, 10, 30, 5))).isEqualTo("2026-06-15T10:30:05");
        assertThat(PackageTable.text(true)).isEqualTo("true");
        assertThat(PackageTable.text(null)).isNull();
    }

    @Test
    void theStrictReaderNamesTheFileAndTheLine() {
        refused("a\tb\n1\t2\n3\n", "第 3 行格式错误：应有 2 个字段，实有 1 个");
        refused("a\tb\n1\t2\t3\n", "第 2 行格式错误：应有 2 个字段，实有 3 个");
        refused("a\n\\q\n", "第 2 行格式错误：含有无效的转义");
        refused("a\nx\\\n", "第 2 行格式错误：含有无效的转义");
        refused("a\nx\\N\n", "第 2 行格式错误：含有无效的转义");
        refused("a\n\\Nx\n", "第 2 行格式错误：含有无效的转义");
        refused("a\nx\r\n", "第 2 行格式错误：含有未转义的回车符");
        refused("a\nx", "第 2 行格式错误：最后一行没有换行符");
        refused("a\n" + "x".repeat(1001) + "\n", "第 2 行格式错误：一行超过 1000 字节");
        refused("", "第 1 行格式错误：缺少列名行");
        refused("a\tA\n", "第 1 行格式错误：列名行有误");
        refused("a\ta\n", "第 1 行格式错误：列名行有误");
        assertThatThrownBy(() -> TableFile.read("tables/t.tsv", "t", new byte[] {'a', '\n', (byte) 0xC3, '\n'}, 100))
                .hasMessageContaining("第 2 行格式错误：不是有效的 UTF-8 文本");
        assertThat(read("a\n" + "x".repeat(1000) + "\n").rows()).hasSize(1);
    }

    @Test
    void theEnglishRefusalIsEnglishThroughout() {
        assertThatThrownBy(() -> read("a\tb\n1\n")).isInstanceOfSatisfying(PackageRefusal.class, r ->
                assertThat(r.render(cn.huyang.common.Messages.forLanguage("en")))
                        .isEqualTo("The file \"tables/t.tsv\" of the data package is malformed at line 2: 2 fields"
                                + " expected, 1 found. Nothing was read."));
    }
}
