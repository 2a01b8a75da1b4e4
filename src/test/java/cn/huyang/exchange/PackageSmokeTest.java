package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageSmokeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(),
            ZONE);
    @TempDir
    Path dir;

    @Test
    void aDepartmentsNewCounselorReachesTheOffice() {
        try (ExchangeFolders f = new ExchangeFolders(CLOCK)) {
            ExchangeFolders.Folder office = f.office(dir.resolve("office"));
            ExchangeFolders.Folder jsj = f.department(dir.resolve("jsj"));
            office.department("JSJ", "计算机系", 1);
            jsj.department("JSJ", "计算机系", 1);
            Path key = dir.resolve("office.hykey");
            office.as(Role.OFFICE, null).exchange().officeKeys().writeTo(key);
            AppContext dept = jsj.as(Role.DEPARTMENT, "JSJ");
            Counselor c = dept.roster().register(TestData.counselor("张三", jsj.departmentId("JSJ"), PostType.FULL_TIME, 1),
                    LocalDate.of(2026, 6, 1));
            PackageExport.Result r = dept.exchange().export().export(dir.resolve("p1.hypkg"), null, key);
            assertThat(r.sequence()).isEqualTo(1);
            assertThat(r.rows()).containsEntry("counselor", 1);

            AppContext xgb = office.as(Role.OFFICE, null);
            ImportPlan preview = xgb.exchange().receive().preview(dir.resolve("p1.hypkg"));
            assertThat(preview.counts().get("counselor")).containsEntry(RowChange.Kind.NEW, 1);
            ImportPlan applied = xgb.exchange().receive().apply(dir.resolve("p1.hypkg"));
            assertThat(applied.totals().added()).isGreaterThanOrEqualTo(1);
            assertThat(xgb.roster().counselors()).extracting(Counselor::idNumber).contains(c.idNumber());
            ImportPlan again = xgb.exchange().receive().apply(dir.resolve("p1.hypkg"));
            assertThat(again.alreadyApplied()).isTrue();
        }
    }
}
