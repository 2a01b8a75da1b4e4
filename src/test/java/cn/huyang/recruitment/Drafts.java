package cn.huyang.recruitment;

import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Hand-made rounds and candidates for the selection's tests. */
public final class Drafts {
    private Drafts() {
    }

    /** A round of 2026 by both ways, written 40 % / interview 60 %, at most 35 years old on 2026-06-30. */
    public static Round round(String title) {
        return new Round(null, 2026, title, Way.BOTH, new BigDecimal("40"), new BigDecimal("60"), 35,
                LocalDate.of(2026, 6, 30), null, null, false, null, null, null, null, null, 0);
    }

    /** A candidate with a master's degree, a Party member, born on the given day (seq makes the ID unique). */
    public static Candidate candidate(Round r, Post p, String name, LocalDate birth, int seq) {
        Candidate.Builder b = new Candidate.Builder();
        b.roundId = r.id();
        b.postId = p.id();
        b.name = name;
        b.gender = Gender.FEMALE;
        b.ethnicity = "维吾尔族";
        b.birthDate = birth;
        b.idNumber = TestData.id(birth, false, seq);
        b.politicalStatus = PoliticalStatus.CPC_MEMBER;
        b.education = Education.MASTER;
        b.degree = Degree.MASTER;
        b.major = "思想政治教育";
        b.phone = "13912345678";
        b.employmentForm = EmploymentForm.CONTRACT;
        b.source = Source.EXTERNAL;
        b.channel = Channel.OPEN;
        b.currentUnit = "新疆大学";
        b.appliedOn = LocalDate.of(2026, 3, 2);
        b.stage = Stage.APPLICATION;
        return b.build();
    }

    public static Candidate with(Candidate c, java.util.function.Consumer<Candidate.Builder> change) {
        Candidate.Builder b = c.toBuilder();
        change.accept(b);
        return b.build();
    }
}
