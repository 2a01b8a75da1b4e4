package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a printer's state is judged and told, without a printer: what CUPS and the Java print service report. */
class PrinterCheckTest {
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    private static PrintProblem judged(boolean stopped, boolean accepting, String... reasons) {
        try {
            PrinterCheck.judge("HP", stopped, accepting, List.of(reasons));
        } catch (PrintProblem p) {
            return p;
        }
        return null;
    }

    @Test
    void anIdlePrinterOrOneWithWarningsAndReportsMayPrint() {
        assertThatCode(() -> PrinterCheck.judge("HP", false, true, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> PrinterCheck.judge("HP", false, true,
                List.of("cups-waiting-for-job-completed", "toner-low-warning", "media-needed-report")))
                .doesNotThrowAnyException();
    }

    @Test
    void eachStateHasItsPlainSentence() {
        assertThat(judged(true, true, "paused").render(ZH)).isEqualTo("打印机“HP”已暂停，没有打印。请先在打印机设置中让它继续打印，再重新打印。");
        assertThat(judged(true, true).kind()).isEqualTo(PrintProblem.Kind.PAUSED);
        assertThat(judged(false, false).render(ZH)).isEqualTo("打印机“HP”不接受新的打印任务，没有打印。请在打印机设置中让它接受任务后重试。");
        assertThat(judged(false, true, "offline-report").render(ZH)).isEqualTo("打印机“HP”脱机（脱机），没有打印。请检查打印机的电源和连接后重试。");
        assertThat(judged(true, true, "media-empty-error", "door-open-error").render(ZH))
                .isEqualTo("打印机“HP”有故障（缺纸、机盖打开），没有打印。请排除故障后重试。");
        assertThat(judged(false, true, "media-jam-error").render(EN))
                .isEqualTo("The printer \"HP\" reports a fault (paper jam); nothing was printed. Clear it and try again.");
        assertThat(judged(false, true, "fuser-over-temp-error").render(ZH)).contains("（fuser-over-temp-error）");
        assertThat(judged(true, true, "paused").render(EN)).isEqualTo("The printer \"HP\" is paused; nothing was printed. "
                + "Resume it in the printer's settings, then print again.");
    }

    @Test
    void noPrinterAtAllAndAMissingLprAreToldToo() {
        assertThat(new PrintProblem(PrintProblem.Kind.NO_PRINTER, "", "").render(ZH)).contains("没有安装打印机");
        assertThat(new PrintProblem(PrintProblem.Kind.NO_SPOOL_COMMAND, "PDF", "/usr/bin/lpr").render(ZH))
                .isEqualTo("这台电脑缺少打印命令 /usr/bin/lpr，打印无法送到打印机“PDF”，没有打印。"
                        + "请安装软件包 cups-bsd（sudo apt-get install cups-bsd）后重试。");
        assertThatThrownBy(() -> new PrinterCheck(new Cups(false), null).resolve("没有这台"))
                .isInstanceOf(PrintProblem.class);
    }

    @Test
    void lpoptionsLinesAreReadWithTheirQuotes() {
        var o = Cups.options("copies=1 device-uri=cups-pdf:/ printer-info=PDF printer-location "
                + "printer-make-and-model='Generic CUPS-PDF Printer (w/ options)' printer-state=5 "
                + "printer-state-reasons=paused,media-empty-error printer-is-accepting-jobs=false "
                + "printer-info=\"Room 2\\'s printer\"");
        assertThat(o).containsEntry("printer-make-and-model", "Generic CUPS-PDF Printer (w/ options)")
                .containsEntry("printer-state", "5").containsEntry("printer-location", "")
                .containsEntry("printer-state-reasons", "paused,media-empty-error")
                .containsEntry("printer-is-accepting-jobs", "false").containsEntry("printer-info", "Room 2's printer");
    }

    @Test
    void theSummarySaysFormsPagesAndPrinter() {
        assertThat(new PrintReceipt("PDF", 70, 140, 1, List.of(12), 5).summary(ZH)).isEqualTo("已发送 70 份，共 140 页，到打印机 PDF");
        assertThat(new PrintReceipt("HP", 1200, 2400, 2, List.of(), 5).summary(ZH))
                .isEqualTo("已发送 1200 份，共 2400 页（每页 2 份），到打印机 HP");
        assertThat(new PrintReceipt("HP", 3, 6, 1, List.of(), 5).summary(EN)).isEqualTo("Sent 3 forms, 6 pages in all, to the printer HP");
    }
}
