package cn.huyang.print;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * What a print job sent: how many forms and pages (of one copy), how many copies, to which printer,
 * and the printer queue's job ids where the platform tells them (CUPS); {@code millis} from the
 * first page laid out to the job received by the queue.
 */
public record PrintReceipt(String printer, int forms, int pages, int copies, List<Integer> jobs, long millis) {
    public PrintReceipt {
        jobs = List.copyOf(jobs);
    }

    /** 已发送 70 份，共 140 页，到打印机 X. */
    public String summary(Messages m) {
        return copies > 1 ? m.get("print.sent.copies", forms, pages, printer, copies)
                : m.get("print.sent", forms, pages, printer);
    }

    /** The queue's names of the jobs (PDF-12), or empty. */
    public String jobNames() {
        return String.join("、", jobs.stream().map(id -> printer + "-" + id).toList());
    }
}
