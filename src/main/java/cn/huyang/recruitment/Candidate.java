package cn.huyang.recruitment;

import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A candidate of a round: the roster's personal fields (so that hiring registers them without typing
 * anything twice), where they come from and how, the post applied for, the stage reached, the scores,
 * the objection noted in the 公示, the trial period, and how they left the round ({@code outcome}
 * null while still in it; {@code stoppedOn} and {@code stopReason} when withdrawn or not selected;
 * {@code hiredOn} and {@code counselorId} once registered on the roster). Flat, so that the audit log
 * diffs it field by field (and masks the ID number and the phone).
 */
public record Candidate(Long id,
                        long roundId,
                        long postId,
                        String name,
                        Gender gender,
                        String ethnicity,
                        LocalDate birthDate,
                        String idNumber,
                        PoliticalStatus politicalStatus,
                        Education education,
                        Degree degree,
                        String major,
                        String phone,
                        EmploymentForm employmentForm,
                        Source source,
                        Channel channel,
                        String currentUnit,
                        LocalDate appliedOn,
                        Stage stage,
                        Outcome outcome,
                        BigDecimal writtenScore,
                        BigDecimal interviewScore,
                        String objection,
                        boolean objectionUpheld,
                        LocalDate trialStart,
                        LocalDate trialEnd,
                        TrialResult trialResult,
                        String trialNote,
                        LocalDate stoppedOn,
                        String stopReason,
                        LocalDate hiredOn,
                        Long counselorId,
                        String note,
                        int version) {

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.roundId = roundId;
        b.postId = postId;
        b.name = name;
        b.gender = gender;
        b.ethnicity = ethnicity;
        b.birthDate = birthDate;
        b.idNumber = idNumber;
        b.politicalStatus = politicalStatus;
        b.education = education;
        b.degree = degree;
        b.major = major;
        b.phone = phone;
        b.employmentForm = employmentForm;
        b.source = source;
        b.channel = channel;
        b.currentUnit = currentUnit;
        b.appliedOn = appliedOn;
        b.stage = stage;
        b.outcome = outcome;
        b.writtenScore = writtenScore;
        b.interviewScore = interviewScore;
        b.objection = objection;
        b.objectionUpheld = objectionUpheld;
        b.trialStart = trialStart;
        b.trialEnd = trialEnd;
        b.trialResult = trialResult;
        b.trialNote = trialNote;
        b.stoppedOn = stoppedOn;
        b.stopReason = stopReason;
        b.hiredOn = hiredOn;
        b.counselorId = counselorId;
        b.note = note;
        b.version = version;
        return b;
    }

    /** Still in the round: neither withdrawn, nor not selected, nor hired. */
    public boolean active() {
        return outcome == null;
    }

    /** A copy to change a few fields of; {@link #build()} makes the record again. */
    public static final class Builder {
        public Long id;
        public long roundId;
        public long postId;
        public String name;
        public Gender gender;
        public String ethnicity;
        public LocalDate birthDate;
        public String idNumber;
        public PoliticalStatus politicalStatus;
        public Education education;
        public Degree degree;
        public String major;
        public String phone;
        public EmploymentForm employmentForm;
        public Source source;
        public Channel channel;
        public String currentUnit;
        public LocalDate appliedOn;
        public Stage stage;
        public Outcome outcome;
        public BigDecimal writtenScore;
        public BigDecimal interviewScore;
        public String objection;
        public boolean objectionUpheld;
        public LocalDate trialStart;
        public LocalDate trialEnd;
        public TrialResult trialResult;
        public String trialNote;
        public LocalDate stoppedOn;
        public String stopReason;
        public LocalDate hiredOn;
        public Long counselorId;
        public String note;
        public int version;

        public Candidate build() {
            return new Candidate(id, roundId, postId, name, gender, ethnicity, birthDate, idNumber, politicalStatus,
                    education, degree, major, phone, employmentForm, source, channel, currentUnit, appliedOn, stage,
                    outcome, writtenScore, interviewScore, objection, objectionUpheld, trialStart, trialEnd,
                    trialResult, trialNote, stoppedOn, stopReason, hiredOn, counselorId, note, version);
        }
    }
}
