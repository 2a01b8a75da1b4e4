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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counselor form's view model: validation naming fields, nothing typed lost, dirty tracking, history steps. */
class CounselorFormViewModelTest {
    @TempDir
    Path dir;
    H2Store db;
    RosterService service;
    Department info;
    CounselorFormViewModel vm;
    final List<Counselor> saved = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = H2Store.open(new DataFolder(dir));
        service = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone()).roster();
        info = service.saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        vm = new CounselorFormViewModel(service, new ImmediateRunner(), Messages.forLanguage("zh"),
                service.departments());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aBadCheckDigitIsRefusedNamingTheFieldAndNothingTypedIsLost() {
        vm.name.set("古丽娜尔·艾力");
        vm.idNumber.set("110105194912310021");
        vm.department.set(info);
        vm.phone.set("13912345678");
        vm.save(saved::add, failures::add);
        assertThat(saved).isEmpty();
        assertThat(vm.errors()).containsKey("field.idNumber");
        assertThat(vm.errorTextProperty().get()).startsWith("身份证号：").contains("校验位");
        assertThat(vm.name.get()).isEqualTo("古丽娜尔·艾力");
        assertThat(vm.phone.get()).isEqualTo("13912345678");
        assertThat(service.counselors()).isEmpty();
    }

    @Test
    void savingRegistersAndFillsBirthDateAndGenderFromTheIdNumber() {
        vm.name.set("张伟");
        vm.idNumber.set("11010519491231002x");
        vm.department.set(info);
        vm.entryDate.set(LocalDate.of(2020, 9, 1));
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(saved::add, failures::add);
        assertThat(failures).isEmpty();
        assertThat(saved).hasSize(1);
        Counselor c = service.counselor(saved.get(0).id()).orElseThrow();
        assertThat(c.idNumber()).isEqualTo("11010519491231002X");
        assertThat(c.gender()).isEqualTo(Gender.FEMALE);
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(c.status()).isEqualTo(CounselorStatus.ACTIVE);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.history()).extracting(RosterEvent::kind).containsExactly(RosterEventKind.REGISTER);
        assertThat(vm.availableSteps()).containsExactly(RosterEventKind.LEAVE, RosterEventKind.DEREGISTER);
    }

    @Test
    void unreadableNumbersAndDatesAreRefusedByName() {
        vm.name.set("张伟");
        vm.idNumber.set("11010519491231002X");
        vm.department.set(info);
        vm.studentsInCharge.set("两百");
        vm.markUnparsable("field.entryDate", "去年九月");
        vm.save(saved::add, failures::add);
        assertThat(saved).isEmpty();
        assertThat(vm.errors().get("field.studentsInCharge")).isEqualTo("所带学生数：请输入不小于 0 的整数");
        assertThat(vm.errors().get("field.entryDate")).startsWith("入职日期：日期无法识别");
        vm.studentsInCharge.set("-5");
        assertThat(vm.errors().get("field.studentsInCharge")).isEqualTo("所带学生数：不能为负数");
        vm.studentsInCharge.set("180");
        vm.markUnparsable("field.entryDate", null);
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void deregistrationNeedsAReasonAndKeepsTheHistory() {
        Counselor c = service.register(TestData.counselor("李娜", info.id(), PostType.FULL_TIME, 7), LocalDate.of(2021, 9, 1));
        vm.edit(c);
        List<String> refusals = new ArrayList<>();
        vm.changeStatus(RosterEventKind.DEREGISTER, LocalDate.now(), "  ", () -> { }, refusals::add);
        assertThat(refusals).singleElement().asString().startsWith("原因：必填");
        vm.changeStatus(RosterEventKind.DEREGISTER, LocalDate.now(), "调离学校", () -> { }, refusals::add);
        assertThat(vm.storedProperty().get().status()).isEqualTo(CounselorStatus.DEREGISTERED);
        assertThat(vm.history()).extracting(RosterEvent::kind)
                .containsExactly(RosterEventKind.REGISTER, RosterEventKind.DEREGISTER);
        assertThat(vm.history().get(1).reason()).isEqualTo("调离学校");
        assertThat(vm.availableSteps()).containsExactly(RosterEventKind.REGISTER);
        assertThat(service.counselor(c.id())).isPresent();
    }
}
