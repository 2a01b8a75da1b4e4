package cn.huyang.roster;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.util.ArrayList;
import java.util.List;

/** A department created or changed: checked, then written with its audit row, against the version it was read at. */
final class DepartmentSteps {
    private final Transactor tx;
    private final DepartmentRepository departments;
    private final Access access;

    DepartmentSteps(Transactor tx, DepartmentRepository departments, Access access) {
        this.tx = tx;
        this.departments = departments;
        this.access = access;
    }

    /** Creates or updates a department; code and name are required and unique. */
    Department save(Department d) {
        String code = Text.clean(d.code());
        String name = Text.clean(d.name());
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(FieldError.of("field.departmentCode", "validation.required"));
        } else if (code.length() > 20) {
            errors.add(FieldError.of("field.departmentCode", "validation.tooLong", 20));
        } else if (Text.hasControl(code)) {
            errors.add(FieldError.of("field.departmentCode", "validation.controlCharacter",
                    Text.codePoint(Text.firstControl(code))));
        }
        if (name == null) {
            errors.add(FieldError.of("field.departmentName", "validation.required"));
        } else if (name.length() > 100) {
            errors.add(FieldError.of("field.departmentName", "validation.tooLong", 100));
        } else if (Text.hasControl(name)) {
            errors.add(FieldError.of("field.departmentName", "validation.controlCharacter",
                    Text.codePoint(Text.firstControl(name))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        access.guard().require(Operation.DEPARTMENTS_EDIT);
        return tx.inTransaction(() -> {
            if (departments.codeTaken(code, d.id())) {
                throw new ValidationException(FieldError.of("field.departmentCode", "validation.duplicate", code));
            }
            if (departments.nameTaken(name, d.id())) {
                throw new ValidationException(FieldError.of("field.departmentName", "validation.duplicate", name));
            }
            Department clean = new Department(d.id(), code, name, d.sortOrder(), d.active(), d.version());
            if (d.id() == null) {
                Department stored = new Department(departments.insert(clean), code, name, d.sortOrder(), d.active());
                access.audit().changed("department", stored.id(), null, stored);
                return stored;
            }
            Department before = departments.findAll().stream().filter(x -> x.id().equals(d.id())).findFirst()
                    .orElse(null);
            if (before == null || before.version() != d.version() || !departments.update(clean)) {
                throw access.audit().stale("department", d.id(), departments.find(d.id()).orElse(null),
                        departments.find(d.id()).isEmpty());
            }
            access.audit().changed("department", clean.id(), before, clean);
            return clean.withVersion(d.version() + 1);
        });
    }
}
