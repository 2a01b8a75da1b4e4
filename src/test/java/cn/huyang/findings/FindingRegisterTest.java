package cn.huyang.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.db.StagedRestore;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings followed to a decision, on a real H2 migrated by Flyway; today is 2026-06-15. */
class FindingRegisterTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    FindingRegister register;
    List<Counselor> people = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestStores.open(dir.resolve("data"));
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        register = ctx.findings();
        Department cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        String[] names = {"张伟", "王芳", "李娜", "刘洋"};
        for (int i = 0; i < names.length; i++) {
            people.add(ctx.roster().register(TestData.counselor(names[i], cs.id(), PostType.FULL_TIME, 100 + i),
                    LocalDate.of(2019, 9, 1)));
        }
        // 张伟 不合格 in 2024 and 2025: two consecutive years; both years confirmed
        confirm(2024, 1);
        confirm(2025, 1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    void confirm(int year, int low) {
        List<Entry> es = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
            for (Party p : Party.values()) {
                m.put(p, new BigDecimal(i < low ? "50" : "80"));
            }
            es.add(new Entry(year, people.get(i).id(), m, null, null, null, null, null, null));
        }
        ctx.assessment().saveEntries(year, es);
        ctx.assessment().confirm(year);
    }

    List<TrackedFinding> assessmentFindings(int year) {
        return register.findings(year).stream().filter(t -> t.finding().code().contains("INCOMPETENT")).toList();
    }

    TrackedFinding twoYears(int year) {
        return assessmentFindings(year).stream().filter(t -> t.finding().code().equals("TWO_YEARS_INCOMPETENT"))
                .findFirst().orElseThrow();
    }

    static Decision decision(DecisionKind kind, String note) {
        return new Decision(kind, false, TODAY, "学工部 李老师", "学工〔2026〕3号", note, null, null);
    }

    @Test
    void aTwoYearsIncompetentFindingOf2024And2025ShowsIn2026UntilDecided() {
        TrackedFinding carried = twoYears(2026);
        assertThat(carried.carried()).isTrue();
        assertThat(carried.open()).isTrue();
        assertThat(carried.finding().year()).isEqualTo(2025);
        assertThat(carried.finding().clause()).isEqualTo("三(四)3");
        assertThat(carried.finding().counselor()).isEqualTo("张伟");
        assertThat(assessmentFindings(2026)).extracting(t -> t.finding().code() + "@" + t.finding().year())
                .containsExactlyInAnyOrder("INCOMPETENT_ADJUST@2025", "TWO_YEARS_INCOMPETENT@2025",
                        "INCOMPETENT_ADJUST@2024");

        register.decide(carried.key(), decision(DecisionKind.CONTRACT_RENEWED, "本人已调整，续签一年观察"), false);

        assertThat(assessmentFindings(2026)).extracting(t -> t.finding().code())
                .doesNotContain("TWO_YEARS_INCOMPETENT");
        // in its own year it stays, decided, with the decision
        TrackedFinding own = twoYears(2025);
        assertThat(own.carried()).isFalse();
        assertThat(own.status()).isEqualTo(FindingStatus.DECIDED);
        assertThat(own.decision().decision().documentNo()).isEqualTo("学工〔2026〕3号");
        assertThat(register.open(2025)).noneMatch(t -> t.finding().code().equals("TWO_YEARS_INCOMPETENT"));
    }

    @Test
    void aDecisionIsRefusedNamingTheFieldAndNothingIsStored() {
        TrackedFinding t = twoYears(2026);
        ValidationException e = catchThrowableOfType(() -> register.decide(t.key(),
                new Decision(DecisionKind.CONTRACT_RENEWED, false, TODAY, " ", null, null, null, null), false),
                ValidationException.class);
        assertThat(e.render(Messages.forLanguage("zh"))).contains("处理人：必填").contains("说明（理由）：必填");
        ValidationException wrongKind = catchThrowableOfType(() -> register.decide(t.key(),
                decision(DecisionKind.POST_ADJUSTED, null), false), ValidationException.class);
        assertThat(wrongKind.render(Messages.forLanguage("zh"))).startsWith("处理结果：");
        ValidationException future = catchThrowableOfType(() -> register.decide(t.key(),
                new Decision(DecisionKind.CONTRACT_ENDED, false, TODAY.plusDays(1), "李", null, null, null, null),
                false), ValidationException.class);
        assertThat(future.render(Messages.forLanguage("zh"))).contains("处理日期：不能晚于今天");
        assertThat(register.history(t.key())).isEmpty();
        assertThat(twoYears(2026).open()).isTrue();
    }

    @Test
    void reopeningKeepsTheDecisionInTheHistoryAndTheFindingIsOpenAgain() {
        TrackedFinding t = twoYears(2026);
        register.decide(t.key(), decision(DecisionKind.CONTRACT_RENEWED, "续签"), false);
        assertThat(catchThrowableOfType(() -> register.decide(t.key(), decision(DecisionKind.CONTRACT_ENDED, null),
                false), ValidationException.class)).isNotNull();
        register.reopen(t.key(), TODAY, "王处长", "续签理由不充分，重新研究");
        assertThat(twoYears(2026).open()).isTrue();
        assertThat(register.history(t.key())).extracting(e -> e.type().name() + ":" + (e.decided()
                        ? e.decision().kind().name() : e.reason()))
                .containsExactly("DECIDED:CONTRACT_RENEWED", "REOPENED:续签理由不充分，重新研究");
        assertThat(catchThrowableOfType(() -> register.reopen(t.key(), TODAY, "王处长", "再次"),
                ValidationException.class)).isNotNull();
    }

    @Test
    void notAdjustedAndRefusedBecomesItsOwnFindingThatCanEndTheContract() {
        TrackedFinding adjust2025 = assessmentFindings(2025).stream()
                .filter(t -> t.finding().code().equals("INCOMPETENT_ADJUST")).findFirst().orElseThrow();
        register.decide(adjust2025.key(), new Decision(DecisionKind.NOT_ADJUSTED, true, TODAY, "李老师", null,
                "本人不同意调整工作岗位", null, null), false);
        TrackedFinding refused = assessmentFindings(2025).stream()
                .filter(t -> t.finding().code().equals("INCOMPETENT_REFUSED")).findFirst().orElseThrow();
        assertThat(refused.open()).isTrue();
        assertThat(refused.finding().clause()).isEqualTo("三(四)3");
        assertThat(DecisionKind.choicesFor(refused.finding().code()))
                .containsExactly(DecisionKind.CONTRACT_ENDED, DecisionKind.CONTRACT_RENEWED);
        assertThat(assessmentFindings(2026)).extracting(t -> t.finding().code()).contains("INCOMPETENT_REFUSED");
    }

    @Test
    void contractEndedDeregistersInTheSameStepAndTheFindingIsNoLongerCarried() {
        TrackedFinding t = twoYears(2026);
        register.decide(t.key(), decision(DecisionKind.CONTRACT_ENDED, null), true);
        Counselor c = ctx.roster().counselor(people.get(0).id()).orElseThrow();
        assertThat(c.status()).isEqualTo(CounselorStatus.DEREGISTERED);
        assertThat(ctx.roster().history(c.id()).get(ctx.roster().history(c.id()).size() - 1).reason())
                .contains("学工〔2026〕3号");
        // 张伟 has left: his open 2024/2025 不合格 findings are not carried into 2026 any more
        assertThat(assessmentFindings(2026)).isEmpty();
    }

    @Test
    void decisionsSurviveBackupAndRestore() throws Exception {
        TrackedFinding t = twoYears(2026);
        register.decide(t.key(), decision(DecisionKind.CONTRACT_RENEWED, "续签"), false);
        register.reopen(t.key(), TODAY, "王处长", "重新研究");
        register.decide(t.key(), decision(DecisionKind.CONTRACT_ENDED, null), false);
        Path file = dir.resolve("backup.zip");
        db.backups().backupTo(file);
        db.close();
        db = TestStores.open(dir.resolve("other"));
        try (StagedRestore staged = db.backups().prepareRestore(file)) {
            db.backups().restore(staged);
        }
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        register = ctx.findings();
        assertThat(register.history(t.key())).extracting(e -> e.type().name())
                .containsExactly("DECIDED", "REOPENED", "DECIDED");
        assertThat(twoYears(2025).decision().decision().kind()).isEqualTo(DecisionKind.CONTRACT_ENDED);
    }

    @Test
    void theRosterRowsShowOpenFindingsOnly() {
        TrackedFinding t = assessmentFindings(2025).stream()
                .filter(x -> x.finding().code().equals("INCOMPETENT_ADJUST")).findFirst().orElseThrow();
        assertThat(register.snapshot().test(t.finding())).isTrue();
        register.decide(t.key(), new Decision(DecisionKind.POST_ADJUSTED, false, TODAY, "李老师", null, null, null,
                null), false);
        assertThat(register.snapshot().test(t.finding())).isFalse();
        assertThat(register.snapshot().test(twoYears(2025).finding())).isTrue();
    }

    @Test
    void theRegisterIsKeptWhileNothingChangesAndAnotherWindowsDecisionShows() {
        List<TrackedFinding> first = register.findings(2026);
        assertThat(register.findings(2026)).as("nothing changed: the same register").isSameAs(first);
        // another window on the same database (another PC on the shared server) decides
        AppContext other = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        TrackedFinding t = other.findings().findings(2026).stream()
                .filter(x -> x.finding().code().equals("TWO_YEARS_INCOMPETENT")).findFirst().orElseThrow();
        other.findings().decide(t.key(), decision(DecisionKind.CONTRACT_RENEWED, "续签"), false);
        assertThat(register.findings(2026)).isNotSameAs(first);
        assertThat(register.findings(2026)).as("decided: no longer carried into 2026")
                .noneMatch(x -> x.finding().code().equals("TWO_YEARS_INCOMPETENT"));
    }

    @Test
    void aDecisionOrAPrintLaysTheDecisionsOverWhatWasFoundWithoutAskingTheRulesAgain() {
        List<Integer> asked = java.util.Collections.synchronizedList(new ArrayList<>()); // asked side by side
        cn.huyang.common.FindingSource assessment = ctx.assessment();
        cn.huyang.common.FindingSource counting = new cn.huyang.common.FindingSource() {
            @Override
            public List<cn.huyang.common.Finding> findings(int year) {
                asked.add(year);
                return assessment.findings(year);
            }

            @Override
            public java.util.Set<String> codes() {
                return assessment.codes();
            }
        };
        FindingRegister own = new FindingRegister(List.of(counting), ctx.assessment(),
                new DecisionRepository(db.dsl()), db.transactor(), ctx.roster(), Messages.forLanguage("zh"), CLOCK,
                ctx.access());
        TrackedFinding t = own.findings(2026).stream().filter(x -> x.finding().code().equals("TWO_YEARS_INCOMPETENT"))
                .findFirst().orElseThrow();
        assertThat(asked).containsExactlyInAnyOrder(2026, 2025, 2024);

        own.decide(t.key(), decision(DecisionKind.CONTRACT_RENEWED, "续签"), false);
        ctx.access().audit().record(cn.huyang.access.AuditAction.PRINT, "findings", null, (String) null);
        assertThat(own.findings(2026)).as("decided: no longer carried into 2026")
                .noneMatch(x -> x.finding().code().equals("TWO_YEARS_INCOMPETENT"));
        assertThat(asked).as("the rules were not asked again").hasSize(3);

        ctx.roster().saveDepartment(new Department(null, "WY", "外语系", 2, true));
        own.findings(2026);
        assertThat(asked).as("a department added: the rules asked again").hasSize(6);
    }
}
