package cn.huyang.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster's view model on a real database, without a toolkit. */
class RosterViewModelTest {
    @TempDir
    Path dir;
    H2Store db;
    RosterService service;
    RosterViewModel vm;
    Department info;
    Department mech;

    @BeforeEach
    void setUp() {
        db = H2Store.open(new DataFolder(dir));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), clock);
        service = ctx.roster();
        info = service.saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        mech = service.saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        service.setEnrolment(info.id(), 2026, 1000);
        service.setEnrolment(mech.id(), 2026, 300);
        service.register(TestData.counselor("张伟", info.id(), PostType.FULL_TIME, 1), LocalDate.of(2020, 9, 1));
        service.register(TestData.counselor("李娜", info.id(), PostType.PART_TIME, 2), LocalDate.of(2020, 9, 1));
        Counselor gone = service.register(TestData.counselor("王强", mech.id(), PostType.FULL_TIME, 3),
                LocalDate.of(2020, 9, 1));
        service.deregister(gone.id(), LocalDate.of(2025, 7, 1), "调离学校");
        vm = new RosterViewModel(service, new ImmediateRunner(), Messages.forLanguage("zh"));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void hidesDeregisteredCounselorsUnlessAskedFor() {
        assertThat(vm.rows()).hasSize(3);
        assertThat(names()).containsExactlyInAnyOrder("张伟", "李娜");
        assertThat(vm.countText().get()).isEqualTo("显示 2 人 / 共 3 人");
        vm.statusProperty().set(StatusFilter.ALL);
        assertThat(names()).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        vm.statusProperty().set(StatusFilter.DEREGISTERED);
        assertThat(names()).containsExactly("王强");
    }

    @Test
    void searchFiltersByNameIdNumberAndPhoneAsYouType() {
        vm.searchProperty().set("张");
        assertThat(names()).containsExactly("张伟");
        String id = vm.rows().stream().filter(r -> r.counselor().name().equals("李娜")).findFirst().orElseThrow()
                .counselor().idNumber();
        vm.searchProperty().set(id.substring(10, 16));
        assertThat(names()).containsExactly("李娜");
        vm.searchProperty().set("13912345678");
        assertThat(names()).containsExactlyInAnyOrder("张伟", "李娜");
        vm.searchProperty().set("没有这个人");
        assertThat(vm.filteredRows()).isEmpty();
        assertThat(vm.countText().get()).isEqualTo("显示 0 人 / 共 3 人");
    }

    @Test
    void filtersByDepartmentAndPostType() {
        vm.statusProperty().set(StatusFilter.ALL);
        vm.departmentProperty().set(mech);
        assertThat(names()).containsExactly("王强");
        vm.departmentProperty().set(info);
        vm.postTypeProperty().set(PostType.PART_TIME);
        assertThat(names()).containsExactly("李娜");
    }

    @Test
    void staffingTableHasDepartmentsAndTheCollegeLast() {
        assertThat(vm.staffing()).hasSize(3);
        StaffingRow college = vm.staffing().get(2);
        assertThat(college.isCollege()).isTrue();
        // 1300 students need 7 posts; 1 full-time + 1 part-time = 1.33 effective.
        assertThat(college.students()).isEqualTo(1300);
        assertThat(college.required()).isEqualTo(7);
        assertThat(college.fullTime()).isEqualTo(1);
        assertThat(college.partTime()).isEqualTo(1);
        assertThat(college.isShort()).isTrue();

        vm.setEnrolment(vm.staffing().get(0), "１５０", () -> { }, refusal -> { }); // full-width digits too
        assertThat(vm.staffing().get(0).students()).isEqualTo(150);
        assertThat(vm.staffing().get(2).required()).isEqualTo(3);
    }

    @Test
    void anEnrolmentThatIsNoWholeNumberIsRefusedNamingTheFieldAndNothingIsStored() {
        java.util.List<String> refusals = new java.util.ArrayList<>();
        boolean[] saved = {false};
        for (String typed : new String[] {"abc", "-5", "12.5", ""}) {
            vm.setEnrolment(vm.staffing().get(0), typed, () -> saved[0] = true, refusals::add);
        }
        assertThat(refusals).containsExactly("在校生数：请输入不小于 0 的整数", "在校生数：不能为负数",
                "在校生数：请输入不小于 0 的整数", "在校生数：请输入不小于 0 的整数");
        assertThat(saved[0]).isFalse();
        assertThat(service.enrolment(2026)).containsEntry(info.id(), 1000);
    }

    @Test
    void aChangedYearReloadsTheStaffingTable() {
        vm.yearProperty().set(2021);
        assertThat(vm.ratioProperty().get().year()).isEqualTo(2021);
        // No enrolment was entered for 2021, but the deregistered counselor was still in post then.
        assertThat(vm.staffing().get(2).students()).isZero();
        assertThat(vm.staffing().get(2).fullTime()).isEqualTo(2);
    }

    private java.util.List<String> names() {
        return vm.filteredRows().stream().map(r -> r.counselor().name()).toList();
    }
}
