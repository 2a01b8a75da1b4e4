package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The honest result on the real print stack: a job the system claims to have sent but that never
 * reached the printer's queue is not "printed"; a missing lpr is refused before anything is sent.
 */
@PrintStack.Needed
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrintRunTest {
    private static final Messages ZH = Messages.forLanguage("zh");

    @Test
    void aJobTheSystemCallsSentButTheQueueNeverGotIsNotPrinted() {
        Jobs jobs = Jobs.now();
        PrintRun run = PrintRun.system();
        assertThatThrownBy(() -> run.send(PrintStack.PRINTER, 3, 6, 1, () -> { }))
                .isInstanceOfSatisfying(PrintProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(PrintProblem.Kind.NOT_RECEIVED);
                    assertThat(p.render(ZH)).isEqualTo("系统报告已打印，但打印机“" + PrintStack.PRINTER
                            + "”的打印队列没有收到这次打印，实际没有打印。请检查打印机和打印服务后重试。");
                });
        assertThat(jobs.added()).isEmpty();
    }

    @Test
    void withoutLprNothingIsSent() {
        PrinterCheck check = new PrinterCheck(Cups.system(), Path.of("/nonexistent/usr/bin/lpr"));
        boolean[] sent = {false};
        assertThatThrownBy(() -> new PrintRun(check).send(PrintStack.PRINTER, 1, 2, 1, () -> sent[0] = true))
                .isInstanceOfSatisfying(PrintProblem.class, p -> assertThat(p.render(ZH))
                        .contains("缺少打印命令 /nonexistent/usr/bin/lpr").contains("cups-bsd"));
        assertThat(sent[0]).isFalse();
    }

    @Test
    void aReadyPrinterPasses() {
        PrinterCheck.system().ready(PrintStack.PRINTER);
        assertThat(PrinterCheck.printers()).contains(PrintStack.PRINTER);
    }
}
