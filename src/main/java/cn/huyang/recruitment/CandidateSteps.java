package cn.huyang.recruitment;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A candidate's steps through the round, each checked, asked of the guard, written at the version read
 * and audited in one transaction. Moving on asks what the stage needs: the conditions met (资格审查), a
 * written score, an interview score and a place within the post's places or tied at the last (公示),
 * the 公示 over without an upheld objection (试岗), a passed trial (聘用). Hiring registers the candidate
 * on the roster through {@link RosterService#register}, in the same transaction. A candidate who
 * left the round (withdrawn, not selected, hired) takes no further step.
 */
final class CandidateSteps {
    private final Transactor tx;
    private final RecruitmentRepository repo;
    private final RosterService roster;
    private final ConditionRules rules;
    private final RecruitmentService service;
    private final Messages m;
    private final Access access;

    CandidateSteps(Transactor tx, RecruitmentRepository repo, RosterService roster, ConditionRules rules,
                   RecruitmentService service, Messages m, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.rules = rules;
        this.service = service;
        this.m = m;
        this.access = access;
    }

    Candidate save(Candidate raw) {
        Candidate.Builder b = raw.toBuilder();
        b.currentUnit = RecruitmentValidator.text("recruitment.field.currentUnit", raw.currentUnit(), 200);
        b.note = RecruitmentValidator.text("field.note", raw.note(), 500);
        RecruitmentValidator.candidate(b.build(), service.today());
        Post post = repo.post(raw.postId()).filter(p -> p.roundId() == raw.roundId()).orElseThrow(() ->
                new ValidationException(FieldError.of("recruitment.field.post", "validation.required")));
        // The personal fields as the roster will check them when the candidate is hired.
        Counselor checked = roster.check(RecruitmentService.counselor(b.build(), post, raw.appliedOn()));
        b.name = checked.name();
        b.idNumber = checked.idNumber();
        b.phone = checked.phone();
        b.gender = checked.gender();
        b.birthDate = checked.birthDate();
        b.ethnicity = checked.ethnicity();
        b.major = checked.major();
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Round r = repo.lockRound(raw.roundId()).orElse(null);
            service.requireOpen(r);
            if (raw.channel() != null && r.way() != Way.BOTH && !r.way().name().equals(raw.channel().name())) {
                throw new ValidationException(FieldError.of("recruitment.field.channel",
                        "recruitment.validation.channel", r.way().label(m)));
            }
            if (repo.hasIdNumber(r.id(), b.idNumber, raw.id())) {
                throw new ValidationException(FieldError.of("field.idNumber", "recruitment.validation.appliedTwice"));
            }
            if (raw.id() == null) {
                b.stage = Stage.APPLICATION;
                b.outcome = null;
                long id = repo.insertCandidate(b.build());
                Candidate stored = repo.candidate(id).orElseThrow();
                access.audit().changed(RecruitmentService.CANDIDATE, id, null, stored);
                return stored;
            }
            Candidate before = repo.candidate(raw.id()).orElse(null);
            return write(before, raw.version(), c -> {
                Candidate.Builder kept = b.build().toBuilder();
                // A form saves the person and the application; the progress stays as stored.
                Candidate.Builder progress = c.toBuilder();
                kept.stage = progress.stage;
                kept.outcome = progress.outcome;
                kept.writtenScore = progress.writtenScore;
                kept.interviewScore = progress.interviewScore;
                kept.objection = progress.objection;
                kept.objectionUpheld = progress.objectionUpheld;
                kept.trialStart = progress.trialStart;
                kept.trialEnd = progress.trialEnd;
                kept.trialResult = progress.trialResult;
                kept.trialNote = progress.trialNote;
                kept.stoppedOn = progress.stoppedOn;
                kept.stopReason = progress.stopReason;
                kept.hiredOn = progress.hiredOn;
                kept.counselorId = progress.counselorId;
                kept.roundId = c.roundId();
                return kept.build();
            });
        });
    }

    Candidate recordHired(Candidate draft, long counselorId) {
        Counselor c = roster.counselor(counselorId).orElseThrow(() -> new ValidationException(FieldError.of(
                "recruitment.field.candidate", "recruitment.validation.gone")));
        require(c.idNumber().equals(draft.idNumber()) && draft.hiredOn() != null, "field.idNumber",
                "recruitment.validation.notThatCounselor", c.name());
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Candidate.Builder b = draft.toBuilder();
            b.stage = Stage.HIRED;
            b.outcome = Outcome.HIRED;
            b.counselorId = counselorId;
            service.requireOpen(repo.lockRound(draft.roundId()).orElse(null));
            long id = repo.insertCandidate(b.build());
            Candidate stored = repo.candidate(id).orElseThrow();
            access.audit().changed(RecruitmentService.CANDIDATE, id, null, stored);
            return stored;
        });
    }

    Candidate scores(long id, int version, BigDecimal written, BigDecimal interview) {
        RecruitmentValidator.scores(written, interview);
        access.guard().require(Operation.RECRUITMENT_SCORES);
        return tx.inTransaction(() -> {
            Candidate before = open(id);
            if (!before.active()) {
                throw left(before);
            }
            return write(before, version, c -> {
                Candidate.Builder b = c.toBuilder();
                b.writtenScore = written;
                b.interviewScore = interview;
                return b.build();
            });
        });
    }

    Candidate advance(long id, int version, LocalDate on) {
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Candidate before = open(id);
            if (!before.active()) {
                throw left(before);
            }
            Round r = repo.round(before.roundId()).orElseThrow();
            Post post = repo.post(before.postId()).orElseThrow();
            Stage next = before.stage().next().orElseThrow();
            switch (before.stage()) {
                case APPLICATION -> qualification(r, before);
                case WRITTEN -> require(before.writtenScore() != null, "recruitment.field.written",
                        "recruitment.validation.noScore");
                case INTERVIEW -> toNotice(r, post, before);
                case NOTICE -> toTrial(r, before, on);
                case TRIAL -> require(before.trialResult() == TrialResult.PASSED, "recruitment.field.trialResult",
                        "recruitment.validation.trialNotPassed");
                default -> throw new IllegalStateException();
            }
            if (next != Stage.HIRED) {
                return write(before, version, c -> withStage(c, next));
            }
            if (before.trialStart() != null && on.isBefore(before.trialStart())) {
                throw new ValidationException(FieldError.of("recruitment.field.hiredOn", "validation.tooEarly",
                        before.trialStart().toString()));
            }
            Counselor registered = roster.register(RecruitmentService.counselor(before, post, on), on,
                    m.get("recruitment.registerNote", String.valueOf(r.year()), r.title()));
            return write(before, version, c -> {
                Candidate.Builder b = withStage(c, Stage.HIRED).toBuilder();
                b.outcome = Outcome.HIRED;
                b.hiredOn = on;
                b.counselorId = registered.id();
                return b.build();
            });
        });
    }

    private void qualification(Round r, Candidate c) {
        List<ConditionCheck> checks = rules.check(r, c);
        String unmet = checks.stream().filter(ConditionCheck::refuses)
                .map(x -> x.condition().label(m) + "（" + x.remark() + "）")
                .collect(Collectors.joining(m.get("title.sep")));
        require(unmet.isEmpty(), "recruitment.field.conditions", "recruitment.validation.notQualified", unmet);
    }

    private void toNotice(Round r, Post post, Candidate c) {
        require(c.interviewScore() != null, "recruitment.field.interview", "recruitment.validation.noScore");
        require(r.noticeStart() != null && r.noticeEnd() != null, "recruitment.field.noticeStart",
                "recruitment.validation.noNotice");
        List<Candidate> ofPost = repo.candidates(r.id()).stream().filter(x -> x.postId() == post.id()).toList();
        Map<Long, Placing> placings = Ranking.rank(ofPost, post.places(), r.writtenWeight(), r.interviewWeight());
        Placing p = placings.get(c.id());
        require(p != null && p.standing() != Standing.OUTSIDE, "recruitment.field.rank",
                "recruitment.validation.outsidePlaces", p == null ? "—" : p.rank(), post.places());
    }

    private void toTrial(Round r, Candidate c, LocalDate on) {
        require(on.isAfter(r.noticeEnd()), "recruitment.field.noticeEnd", "recruitment.validation.noticeRunning",
                r.noticeEnd().toString());
        require(!c.objectionUpheld(), "recruitment.field.objection", "recruitment.validation.objectionUpheld");
    }

    Candidate stop(long id, int version, Outcome outcome, LocalDate on, String rawReason) {
        if (outcome != Outcome.WITHDRAWN && outcome != Outcome.NOT_SELECTED) {
            throw new ValidationException(FieldError.of("recruitment.field.outcome", "validation.required"));
        }
        String reason = RecruitmentValidator.reason(rawReason);
        if (on.isAfter(service.today())) {
            throw new ValidationException(FieldError.of("recruitment.field.stoppedOn", "validation.future"));
        }
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Candidate before = open(id);
            if (!before.active()) {
                throw left(before);
            }
            return write(before, version, c -> {
                Candidate.Builder b = c.toBuilder();
                b.outcome = outcome;
                b.stoppedOn = on;
                b.stopReason = reason;
                return b.build();
            });
        });
    }

    Candidate objection(long id, int version, String rawText, boolean upheld) {
        String text = RecruitmentValidator.text("recruitment.field.objection", rawText, 1000);
        if (upheld && text == null) {
            throw new ValidationException(FieldError.of("recruitment.field.objection", "validation.required"));
        }
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Candidate before = open(id);
            require(before.stage() == Stage.NOTICE && before.active(), "recruitment.field.objection",
                    "recruitment.validation.notInNotice");
            return write(before, version, c -> {
                Candidate.Builder b = c.toBuilder();
                b.objection = text;
                b.objectionUpheld = upheld;
                return b.build();
            });
        });
    }

    Candidate trial(long id, int version, LocalDate start, LocalDate end, TrialResult result, String rawNote) {
        String note = RecruitmentValidator.text("recruitment.field.trialNote", rawNote, 500);
        RecruitmentValidator.trial(start, end, note);
        require(result == null || end != null, "recruitment.field.trialEnd", "recruitment.validation.resultNeedsEnd");
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            Candidate before = open(id);
            require(before.stage() == Stage.TRIAL && before.active(), "recruitment.field.trialStart",
                    "recruitment.validation.notInTrial");
            return write(before, version, c -> {
                Candidate.Builder b = c.toBuilder();
                b.trialStart = start;
                b.trialEnd = end;
                b.trialResult = result;
                b.trialNote = note;
                return b.build();
            });
        });
    }

    /** The stored candidate of an open round, its round locked for the transaction. */
    private Candidate open(long id) {
        Candidate c = service.candidate(id);
        service.requireOpen(repo.lockRound(c.roundId()).orElse(null));
        return c;
    }

    private ValidationException left(Candidate c) {
        return new ValidationException(FieldError.of("recruitment.field.stage", "recruitment.validation.left",
                c.outcome().label(m)));
    }

    private static Candidate withStage(Candidate c, Stage s) {
        Candidate.Builder b = c.toBuilder();
        b.stage = s;
        return b.build();
    }

    private static void require(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            throw new ValidationException(FieldError.of(field, key, args));
        }
    }

    /** Writes the change at the version the user read; someone else's save in between refuses it. */
    private Candidate write(Candidate before, int version, UnaryOperator<Candidate> change) {
        if (before == null) {
            throw access.audit().stale(RecruitmentService.CANDIDATE, null, null, true);
        }
        Candidate next = change.apply(before).toBuilder().build();
        Candidate.Builder atVersion = next.toBuilder();
        atVersion.version = version;
        if (!repo.updateCandidate(atVersion.build())) {
            throw access.audit().stale(RecruitmentService.CANDIDATE, before.id(), before, false);
        }
        Candidate after = repo.candidate(before.id()).orElseThrow();
        access.audit().changed(RecruitmentService.CANDIDATE, before.id(), before, after);
        return after;
    }
}
