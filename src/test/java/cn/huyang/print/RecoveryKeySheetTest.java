package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery key's printed sheet: one A4 page with the folder, the date, every group of the key and the notes. */
class RecoveryKeySheetTest {
    private static final String KEY = "K7QX-3MPA-9WZD-TR2H-6YBN-4CEF-8JSV-5LUG";

    @TempDir
    Path dir;

    @Test
    void oneA4PageWithTheWholeKeyInsideItsBox() throws Exception {
        Messages m = Messages.forLanguage("zh");
        RecoveryKeySheet sheet = new RecoveryKeySheet(m);
        RecoveryKeySheet.Key key = new RecoveryKeySheet.Key(KEY, "/home/学工部/胡杨数据", LocalDate.of(2026, 12, 2));
        PrintablePages pages = sheet.pages(key);
        assertThat(pages.pages()).singleElement().satisfies(p -> {
            assertThat(p.isLandscape()).isFalse();
            assertThat(p.items()).allSatisfy(i -> {
                if (i instanceof Layout.Text t) {
                    assertThat(t.x()).isBetween(0.0, 150.0); // each line starts inside the page, none runs off
                    assertThat(t.baseline()).isBetween(10.0, 287.0);
                }
            });
        });
        assertThat(pages.title()).isEqualTo("胡杨恢复密钥-2026-12-02");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfFormWriter(m).write(sheet, List.of(key), out, Progress.NONE, () -> false);
        Files.write(dir.resolve("key.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = PdfFormWriterTest.text(doc);
            assertThat(text).contains("恢复密钥", "/home/学工部/胡杨数据", "2026-12-02", "保险柜");
            for (String group : KEY.split("-")) {
                assertThat(text).contains(group);
            }
        }
    }

    @Test
    void aLongFolderIsCutIntoLinesThatFitThePage() {
        String folder = "/".repeat(1) + "很长的文件夹名".repeat(20);
        String line = Messages.forLanguage("zh").get("print.recoveryKey.folder", folder);
        assertThat(RecoveryKeySheet.cut(line)).hasSizeGreaterThan(2)
                .allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(44));
    }
}
