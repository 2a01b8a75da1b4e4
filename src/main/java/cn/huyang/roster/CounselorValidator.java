package cn.huyang.roster;

import cn.huyang.common.FieldError;
import cn.huyang.common.IdNumber;
import cn.huyang.common.PhoneNumber;
import cn.huyang.common.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses impossible counselor data, naming the field. Also completes what the ID number tells:
 * birth date and gender are filled from it when empty.
 */
public final class CounselorValidator {
    /** More students than any counselor can be in charge of: a typing error, refused. */
    public static final int MAX_STUDENTS = 100_000;

    private CounselorValidator() {
    }

    /** The draft tidied: text trimmed, ID number and phone normalized, birth date and gender from the ID. */
    public static Counselor normalize(Counselor c, LocalDate today) {
        String id = IdNumber.normalize(c.idNumber());
        Gender gender = c.gender();
        LocalDate birth = c.birthDate();
        if (id != null && IdNumber.isValid(id, today)) {
            if (gender == null) {
                gender = IdNumber.isMale(id) ? Gender.MALE : Gender.FEMALE;
            }
            if (birth == null) {
                birth = IdNumber.birthDateOf(id).orElse(null);
            }
        }
        // A name keeps its control characters, to be refused; free text has them stripped.
        return new Counselor(c.id(), Text.clean(c.name()), gender, Text.clean(c.ethnicity()), birth, id,
                c.politicalStatus(), c.education(), c.degree(), Text.cleanFree(c.major()), c.departmentId(),
                c.postType(), c.position(), c.employmentForm(), c.entryDate(), c.title(), c.titleDate(),
                Text.cleanFree(c.adminRank()), c.adminRankDate(), PhoneNumber.normalize(c.phone()),
                c.studentsInCharge(), Text.cleanFree(c.classesInCharge()), Text.cleanFree(c.dormitory()),
                c.status(), Text.cleanFree(c.note()), c.version());
    }

    /** Every refusal of a normalized draft; empty when it may be stored. */
    public static List<FieldError> validate(Counselor c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name() == null) {
            errors.add(FieldError.of("field.name", "validation.required"));
        } else if (c.name().length() > 50) {
            errors.add(FieldError.of("field.name", "validation.tooLong", 50));
        } else if (Text.hasControl(c.name())) {
            errors.add(FieldError.of("field.name", "validation.controlCharacter",
                    Text.codePoint(Text.firstControl(c.name()))));
        }
        validateIdNumber(c, today, errors);
        if (c.gender() == null) {
            errors.add(FieldError.of("field.gender", "validation.required"));
        }
        if (c.ethnicity() != null && !Ethnicities.isKnown(c.ethnicity())) {
            errors.add(FieldError.of("field.ethnicity", "validation.unknownValue", c.ethnicity()));
        }
        if (c.departmentId() == null) {
            errors.add(FieldError.of("field.department", "validation.required"));
        }
        if (c.postType() == null) {
            errors.add(FieldError.of("field.postType", "validation.required"));
        }
        notInFuture("field.birthDate", c.birthDate(), today, errors);
        notInFuture("field.entryDate", c.entryDate(), today, errors);
        notInFuture("field.titleDate", c.titleDate(), today, errors);
        notInFuture("field.adminRankDate", c.adminRankDate(), today, errors);
        notBeforeBirth("field.entryDate", c.entryDate(), c.birthDate(), errors);
        notBeforeBirth("field.titleDate", c.titleDate(), c.birthDate(), errors);
        notBeforeBirth("field.adminRankDate", c.adminRankDate(), c.birthDate(), errors);
        if (c.phone() != null && !PhoneNumber.isValid(c.phone())) {
            errors.add(FieldError.of("field.phone", "validation.phone"));
        }
        if (c.studentsInCharge() < 0) {
            errors.add(FieldError.of("field.studentsInCharge", "validation.notNegative"));
        } else if (c.studentsInCharge() > MAX_STUDENTS) {
            errors.add(FieldError.of("field.studentsInCharge", "validation.wholeNumberRange", MAX_STUDENTS));
        }
        if (c.major() != null && c.major().length() > 100) {
            errors.add(FieldError.of("field.major", "validation.tooLong", 100));
        }
        if (c.classesInCharge() != null && c.classesInCharge().length() > 200) {
            errors.add(FieldError.of("field.classesInCharge", "validation.tooLong", 200));
        }
        if (c.dormitory() != null && c.dormitory().length() > 100) {
            errors.add(FieldError.of("field.dormitory", "validation.tooLong", 100));
        }
        if (c.adminRank() != null && c.adminRank().length() > 50) {
            errors.add(FieldError.of("field.adminRank", "validation.tooLong", 50));
        }
        if (c.note() != null && c.note().length() > 1000) {
            errors.add(FieldError.of("field.note", "validation.tooLong", 1000));
        }
        return errors;
    }

    private static void validateIdNumber(Counselor c, LocalDate today, List<FieldError> errors) {
        String id = c.idNumber();
        if (id == null || id.isEmpty()) {
            errors.add(FieldError.of("field.idNumber", "validation.required"));
            return;
        }
        var problem = IdNumber.problem(id, today);
        if (problem.isPresent()) {
            switch (problem.get()) {
                case LENGTH -> errors.add(FieldError.of("field.idNumber", "validation.id.length", id.length()));
                case CHARACTERS -> errors.add(FieldError.of("field.idNumber", "validation.id.characters"));
                case BIRTH_DATE -> errors.add(FieldError.of("field.idNumber", "validation.id.birthDate"));
                case CHECK_DIGIT -> errors.add(FieldError.of("field.idNumber", "validation.id.checkDigit",
                        String.valueOf(IdNumber.checkCharacter(id))));
            }
            return;
        }
        if (c.gender() != null && (c.gender() == Gender.MALE) != IdNumber.isMale(id)) {
            errors.add(FieldError.of("field.gender", "validation.id.genderMismatch"));
        }
        LocalDate fromId = IdNumber.birthDateOf(id).orElseThrow();
        if (c.birthDate() != null && !c.birthDate().equals(fromId)) {
            errors.add(FieldError.of("field.birthDate", "validation.id.birthMismatch", fromId.toString()));
        }
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.of(field, "validation.future"));
        }
    }

    private static void notBeforeBirth(String field, LocalDate date, LocalDate birth, List<FieldError> errors) {
        if (date != null && birth != null && date.isBefore(birth)) {
            errors.add(FieldError.of(field, "validation.beforeBirth"));
        }
    }
}
