package cn.huyang.title;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A counselor's application for a target in a year, with the panel's scores per group (工作实绩,
 * 科研能力与成果) and the result. {@code version} is the stored row's version when it was read.
 */
public record Application(Long id, int year, long counselorId, Track track, String target, LocalDate appliedOn,
                          BigDecimal scoreWork, BigDecimal scoreResearch, Verdict verdict, String verdictNote,
                          int version) {

    /** An application not read from the database: version 0. */
    public Application(Long id, int year, long counselorId, Track track, String target, LocalDate appliedOn,
                       BigDecimal scoreWork, BigDecimal scoreResearch, Verdict verdict, String verdictNote) {
        this(id, year, counselorId, track, target, appliedOn, scoreWork, scoreResearch, verdict, verdictNote, 0);
    }

    public boolean scored() {
        return scoreWork != null && scoreResearch != null;
    }

    public Application withScores(BigDecimal work, BigDecimal research) {
        return new Application(id, year, counselorId, track, target, appliedOn, work, research, verdict, verdictNote, version);
    }

    public Application withVerdict(Verdict v, String note) {
        return new Application(id, year, counselorId, track, target, appliedOn, scoreWork, scoreResearch, v, note, version);
    }

    public Application withVersion(int newVersion) {
        return new Application(id, year, counselorId, track, target, appliedOn, scoreWork, scoreResearch, verdict,
                verdictNote, newVersion);
    }
}
