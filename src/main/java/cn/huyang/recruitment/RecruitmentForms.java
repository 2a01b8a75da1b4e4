package cn.huyang.recruitment;

import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.print.PdfFormWriter;
import cn.huyang.print.RecruitmentList;
import cn.huyang.print.RecruitmentListLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A round's printed lists, built from the sheet the user reads: the 公示名单 (everyone who reached the
 * 公示, by post and rank, with scores) and the 拟聘用人员名单 (those in or past the trial period, not
 * failed, withdrawn or refused), and their PDF files. No JavaFX.
 */
public final class RecruitmentForms {
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    /** 序号 姓名 性别 出生年月 学历学位 政治面貌 报考岗位 笔试 面试 总成绩 名次: 180 mm. */
    private static final double[] NOTICE_WIDTHS = {10, 24, 10, 17, 24, 17, 34, 11, 11, 12, 10};
    /** 序号 姓名 性别 出生年月 学历学位 政治面貌 专业 聘用岗位 试岗结果 聘用日期: 180 mm. */
    private static final double[] HIRE_WIDTHS = {10, 24, 10, 17, 24, 17, 18, 28, 12, 20};

    private final RecruitmentService service;
    private final Messages m;

    public RecruitmentForms(RecruitmentService service) {
        this.service = service;
        this.m = service.messages();
    }

    public RecruitmentList noticeList(long roundId) {
        RoundSheet s = service.sheet(roundId);
        Round r = s.round();
        List<List<String>> rows = new ArrayList<>();
        for (RoundSheet.CandidateRow row : ordered(s, c -> c.candidate().stage().compareTo(Stage.NOTICE) >= 0)) {
            Candidate c = row.candidate();
            rows.add(List.of(String.valueOf(rows.size() + 1), c.name(), label(c.gender()), month(c),
                    education(c), label(c.politicalStatus()), post(row), plain(c.writtenScore()),
                    plain(c.interviewScore()), row.placing() == null ? "" : row.placing().total().toPlainString(),
                    row.placing() == null ? "" : String.valueOf(row.placing().rank())));
        }
        String period = r.noticeStart() == null ? m.get("recruitment.print.noNotice")
                : m.get("recruitment.print.period", r.noticeStart(), r.noticeEnd(),
                WorkingDays.between(r.noticeStart(), r.noticeEnd()));
        List<String> columns = List.of(m.get("recruitment.print.no"), m.get("field.name"), m.get("field.gender"),
                m.get("recruitment.print.birth"), m.get("recruitment.print.education"),
                m.get("field.politicalStatus"), m.get("recruitment.field.post"), m.get("recruitment.print.written"),
                m.get("recruitment.print.interview"), m.get("recruitment.field.total"), m.get("recruitment.print.rank"));
        return new RecruitmentList(m.get("recruitment.print.noticeHeading", r.year()), service.unitName(),
                m.get("recruitment.print.noticeSubtitle", r.title(), r.way().label(m), plain(r.writtenWeight()),
                        plain(r.interviewWeight())),
                columns, NOTICE_WIDTHS, rows, List.of(period, m.get("recruitment.print.objections")),
                m.get("recruitment.print.issuer", service.unitName()),
                m.get("recruitment.print.noticeFile", r.year(), r.id()));
    }

    public RecruitmentList hireList(long roundId) {
        RoundSheet s = service.sheet(roundId);
        Round r = s.round();
        List<List<String>> rows = new ArrayList<>();
        for (RoundSheet.CandidateRow row : ordered(s, c -> c.candidate().stage().compareTo(Stage.TRIAL) >= 0
                && (c.candidate().outcome() == null || c.candidate().outcome() == Outcome.HIRED)
                && c.candidate().trialResult() != TrialResult.FAILED)) {
            Candidate c = row.candidate();
            rows.add(List.of(String.valueOf(rows.size() + 1), c.name(), label(c.gender()), month(c), education(c),
                    label(c.politicalStatus()), c.major() == null ? "" : c.major(), post(row),
                    c.trialResult() == null ? m.get("recruitment.print.trialRunning") : c.trialResult().label(m),
                    c.hiredOn() == null ? "" : c.hiredOn().toString()));
        }
        List<String> columns = List.of(m.get("recruitment.print.no"), m.get("field.name"), m.get("field.gender"),
                m.get("recruitment.print.birth"), m.get("recruitment.print.education"),
                m.get("field.politicalStatus"), m.get("field.major"), m.get("recruitment.print.hirePost"),
                m.get("recruitment.field.trialResult"), m.get("recruitment.field.hiredOn"));
        return new RecruitmentList(m.get("recruitment.print.hireHeading", r.year()), service.unitName(),
                m.get("recruitment.print.hireSubtitle", r.title()), columns, HIRE_WIDTHS, rows,
                List.of(m.get("recruitment.print.hireClosing")), m.get("recruitment.print.issuer", service.unitName()),
                m.get("recruitment.print.hireFile", r.year(), r.id()));
    }

    /** Writes a list into a folder as one PDF; returns the file. */
    public Path write(RecruitmentList list, Path folder) throws IOException {
        return new PdfFormWriter(m).writeFiles(new RecruitmentListLayout(m), List.of(list), folder, true,
                list.fileName(), Progress.NONE, () -> false).get(0);
    }

    private List<RoundSheet.CandidateRow> ordered(RoundSheet s,
                                                  java.util.function.Predicate<RoundSheet.CandidateRow> which) {
        List<Long> postOrder = s.posts().stream().map(p -> p.post().id()).toList();
        return s.rows().stream().filter(which).sorted(Comparator
                .comparing((RoundSheet.CandidateRow r) -> postOrder.indexOf(r.post().id()))
                .thenComparing(r -> r.placing() == null ? Integer.MAX_VALUE : r.placing().rank())
                .thenComparing(r -> r.candidate().id())).toList();
    }

    private String post(RoundSheet.CandidateRow row) {
        return row.department() + row.post().postType().label(m) + m.get("recruitment.print.counselor");
    }

    private String education(Candidate c) {
        String e = c.education() == null ? "" : c.education().label(m);
        return c.degree() == null ? e : e + "/" + c.degree().label(m);
    }

    private static String month(Candidate c) {
        return c.birthDate() == null ? "" : c.birthDate().format(YEAR_MONTH);
    }

    private String label(cn.huyang.common.Coded v) {
        return v == null ? "" : v.label(m);
    }

    private static String plain(BigDecimal v) {
        return RecruitmentViewModel.plain(v);
    }
}
