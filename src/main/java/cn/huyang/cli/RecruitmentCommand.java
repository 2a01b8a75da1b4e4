package cn.huyang.cli;

import cn.huyang.common.Json;
import cn.huyang.common.Messages;
import cn.huyang.recruitment.Candidate;
import cn.huyang.recruitment.ConditionCheck;
import cn.huyang.recruitment.RecruitmentService;
import cn.huyang.recruitment.Round;
import cn.huyang.recruitment.RoundSheet;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code recruitment [--year Y] [--json]}: the selection rounds (all, or a year's), each with its posts
 * and candidates — stage, conditions ✓/✗/!, scores, total, rank in the post and result.
 */
@Command(name = "recruitment")
public class RecruitmentCommand implements Callable<Integer> {
    @ParentCommand
    HuyangCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "cli.help.recruitment.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "cli.help.recruitment.json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return BatchContext.run(top, err, ctx -> {
            RecruitmentService rec = ctx.recruitment();
            Messages m = ctx.messages();
            List<RoundSheet> sheets = new ArrayList<>();
            for (Round r : rec.rounds(year)) {
                sheets.add(rec.sheet(r.id()));
            }
            if (json) {
                out.println(toJson(sheets));
            } else if (sheets.isEmpty()) {
                out.println(year == null ? m.get("recruitment.cli.none") : m.get("recruitment.cli.noneInYear", year));
            } else {
                sheets.forEach(s -> print(out, s, m));
            }
            out.flush();
            return 0;
        });
    }

    private static void print(PrintWriter out, RoundSheet s, Messages m) {
        Round r = s.round();
        out.println(m.get("recruitment.cli.round", r.year(), r.title(), r.way().label(m), plain(r.writtenWeight()),
                plain(r.interviewWeight()), r.finished() ? m.get("recruitment.cli.finished", r.finishedOn())
                        : m.get("recruitment.cli.inProgress")));
        if (r.noticeStart() != null) {
            out.println(m.get("recruitment.cli.notice", r.noticeStart(), r.noticeEnd()));
        }
        for (RoundSheet.PostLine p : s.posts()) {
            out.println(m.get("recruitment.cli.post", p.department(), p.post().postType().label(m), p.post().places(),
                    p.candidates(), p.hired()));
        }
        for (RoundSheet.CandidateRow row : s.rows()) {
            Candidate c = row.candidate();
            out.println(String.join("\t", c.name(), row.department() + " " + row.post().postType().label(m),
                    c.source().label(m), c.stage().label(m), c.outcome() == null ? "-" : c.outcome().label(m),
                    plain(c.writtenScore()), plain(c.interviewScore()),
                    row.placing() == null ? "-" : row.placing().total().toPlainString(),
                    row.placing() == null ? "-" : String.valueOf(row.placing().rank()),
                    row.placing() == null ? "-" : row.placing().standing().label(m)));
            for (ConditionCheck x : row.checks()) {
                out.println("    " + x.mark() + " " + x.condition().label(m) + "：" + x.requirement() + " | "
                        + x.evidence() + (x.remark() == null ? "" : " | " + x.remark()));
            }
            if (c.stopReason() != null) {
                out.println("    " + m.get("recruitment.cli.stopped", c.stoppedOn(), c.stopReason()));
            }
        }
        out.println();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    static String toJson(List<RoundSheet> sheets) {
        List<Object> rounds = new ArrayList<>();
        for (RoundSheet s : sheets) {
            Round r = s.round();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", r.id());
            o.put("year", r.year());
            o.put("title", r.title());
            o.put("way", r.way().name());
            o.put("writtenWeight", r.writtenWeight());
            o.put("interviewWeight", r.interviewWeight());
            o.put("noticeStart", r.noticeStart() == null ? null : r.noticeStart().toString());
            o.put("noticeEnd", r.noticeEnd() == null ? null : r.noticeEnd().toString());
            o.put("finishedOn", r.finishedOn() == null ? null : r.finishedOn().toString());
            List<Object> posts = new ArrayList<>();
            for (RoundSheet.PostLine p : s.posts()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", p.post().id());
                x.put("department", p.department());
                x.put("postType", p.post().postType().name());
                x.put("places", p.post().places());
                x.put("candidates", p.candidates());
                x.put("hired", p.hired());
                posts.add(x);
            }
            o.put("posts", posts);
            List<Object> candidates = new ArrayList<>();
            for (RoundSheet.CandidateRow row : s.rows()) {
                candidates.add(candidate(row));
            }
            o.put("candidates", candidates);
            rounds.add(o);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("rounds", rounds);
        return Json.object(all);
    }

    private static Map<String, Object> candidate(RoundSheet.CandidateRow row) {
        Candidate c = row.candidate();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", c.id());
        x.put("name", c.name());
        x.put("idNumber", c.idNumber());
        x.put("department", row.department());
        x.put("postType", row.post().postType().name());
        x.put("source", c.source().name());
        x.put("channel", c.channel().name());
        x.put("stage", c.stage().name());
        x.put("outcome", c.outcome() == null ? null : c.outcome().name());
        x.put("qualified", row.qualified());
        x.put("written", c.writtenScore());
        x.put("interview", c.interviewScore());
        x.put("total", row.placing() == null ? null : row.placing().total());
        x.put("rank", row.placing() == null ? null : row.placing().rank());
        x.put("standing", row.placing() == null ? null : row.placing().standing().name());
        x.put("objection", c.objection());
        x.put("objectionUpheld", c.objectionUpheld());
        x.put("trialResult", c.trialResult() == null ? null : c.trialResult().name());
        x.put("stoppedOn", c.stoppedOn() == null ? null : c.stoppedOn().toString());
        x.put("stopReason", c.stopReason());
        x.put("hiredOn", c.hiredOn() == null ? null : c.hiredOn().toString());
        x.put("counselorId", c.counselorId());
        List<Object> conditions = new ArrayList<>();
        for (ConditionCheck k : row.checks()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("condition", k.condition().name());
            y.put("status", k.status().name());
            y.put("requirement", k.requirement());
            y.put("evidence", k.evidence());
            y.put("remark", k.remark());
            conditions.add(y);
        }
        x.put("conditions", conditions);
        return x;
    }
}
