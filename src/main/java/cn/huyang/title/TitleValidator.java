package cn.huyang.title;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.TitleRank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Refuses impossible title records, naming the field; returns them tidied when they pass. */
public final class TitleValidator {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    void target(Target t) {
        List<FieldError> errors = new ArrayList<>();
        if (t.target() == null || t.target().isBlank() || t.target().length() > 50) {
            errors.add(FieldError.of("title.field.target", "validation.required"));
        }
        if (t.track() == Track.TITLE && t.target() != null) {
            try {
                TitleRank.valueOf(t.target());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("title.field.target", "validation.unknownValue", t.target()));
            }
        }
        whole(errors, "title.field.posts", t.posts(), 1000);
        whole(errors, "title.field.minYearsCurrent", t.minYearsCurrent(), 50);
        whole(errors, "title.field.minYearsBachelor", t.minYearsBachelor(), 50);
        whole(errors, "title.field.minYearsMaster", t.minYearsMaster(), 50);
        whole(errors, "title.field.minYearsDoctor", t.minYearsDoctor(), 50);
        whole(errors, "title.field.assessmentWindow", t.assessmentWindow(), 10);
        whole(errors, "title.field.minExcellent", t.minExcellent(), 10);
        whole(errors, "title.field.minOutputs", t.minOutputs(), 100);
        if (t.minExcellent() > t.assessmentWindow()) {
            errors.add(FieldError.of("title.field.minExcellent", "title.validation.excellentOverWindow",
                    t.assessmentWindow()));
        }
        if (t.weightWork() == null || t.weightResearch() == null || t.weightWork().signum() < 0
                || t.weightResearch().signum() < 0
                || t.weightWork().add(t.weightResearch()).compareTo(HUNDRED) != 0) {
            errors.add(FieldError.of("title.field.weights", "title.validation.weights"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void whole(List<FieldError> errors, String field, int value, int max) {
        if (value < 0 || value > max) {
            errors.add(FieldError.of(field, "title.validation.range", 0, max));
        }
    }

    void scores(BigDecimal work, BigDecimal research) {
        List<FieldError> errors = new ArrayList<>();
        score(errors, "title.field.scoreWork", work);
        score(errors, "title.field.scoreResearch", research);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void score(List<FieldError> errors, String field, BigDecimal v) {
        if (v != null && (v.signum() < 0 || v.compareTo(HUNDRED) > 0 || v.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of(field, "title.validation.score"));
        }
    }

    void promotion(Promotion p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (p.grade() == null || p.grade().isBlank()) {
            errors.add(FieldError.of(p.track() == Track.TITLE ? "field.title" : "field.adminRank",
                    "validation.required"));
        } else if (p.track() == Track.TITLE) {
            try {
                TitleRank.valueOf(p.grade());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("field.title", "validation.unknownValue", p.grade()));
            }
        } else if (p.grade().length() > 50) {
            errors.add(FieldError.of("field.adminRank", "validation.tooLong", 50));
        }
        if (p.obtained() == null) {
            errors.add(FieldError.of("title.field.obtained", "validation.required"));
        } else if (p.obtained().isAfter(today)) {
            errors.add(FieldError.of("title.field.obtained", "validation.future"));
        }
        length(errors, "title.field.series", p.series(), 100);
        length(errors, "title.field.documentNo", p.documentNo(), 100);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    ResearchOutput output(ResearchOutput o, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String caption = o.caption() == null ? "" : o.caption().strip();
        if (caption.isEmpty()) {
            errors.add(FieldError.of("title.field.caption", "validation.required"));
        }
        length(errors, "title.field.caption", caption, 300);
        length(errors, "field.note", o.note(), 500);
        if (o.year() < 1950 || o.year() > today.getYear()) {
            errors.add(FieldError.of("title.field.outputYear", "title.validation.yearUpTo", today.getYear()));
        }
        if (o.kind() == null) {
            errors.add(FieldError.of("title.field.kind", "validation.required"));
        }
        if (o.level() == null) {
            errors.add(FieldError.of("title.field.level", "validation.required"));
        }
        if (o.role() == null) {
            errors.add(FieldError.of("title.field.role", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ResearchOutput(o.id(), o.counselorId(), o.kind(), caption, o.year(), o.level(), o.role(),
                blankToNull(o.note()));
    }

    TeachingAssignment teaching(TeachingAssignment t, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String course = Courses.normalize(t.course());
        if (course == null || course.isEmpty()) {
            errors.add(FieldError.of("title.field.course", "validation.required"));
        }
        length(errors, "title.field.course", course, 100);
        if (t.schoolYear() < 1950 || t.schoolYear() > today.getYear()) {
            errors.add(FieldError.of("title.field.schoolYear", "title.validation.yearUpTo", today.getYear()));
        }
        if (t.term() != 1 && t.term() != 2) {
            errors.add(FieldError.of("title.field.term", "title.validation.term"));
        }
        if (t.hours() == null || t.hours().signum() <= 0 || t.hours().compareTo(new BigDecimal("500")) > 0
                || t.hours().stripTrailingZeros().scale() > 1) {
            errors.add(FieldError.of("title.field.hours", "title.validation.teachingHours"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TeachingAssignment(t.id(), t.counselorId(), t.schoolYear(), t.term(), course, t.hours());
    }

    ServiceRecord service(ServiceRecord s, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (s.role() == null) {
            errors.add(FieldError.of("title.field.serviceRole", "validation.required"));
        }
        if (s.start() == null) {
            errors.add(FieldError.of("title.field.start", "validation.required"));
        } else if (s.start().isAfter(today)) {
            errors.add(FieldError.of("title.field.start", "validation.future"));
        }
        if (s.end() != null && s.start() != null && s.end().isBefore(s.start())) {
            errors.add(FieldError.of("title.field.end", "validation.endBeforeStart", s.start()));
        }
        length(errors, "title.field.className", s.className(), 200);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ServiceRecord(s.id(), s.counselorId(), s.role(), s.start(), s.end(), blankToNull(s.className()),
                s.competent());
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
