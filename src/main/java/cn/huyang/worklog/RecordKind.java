package cn.huyang.worklog;

import cn.huyang.common.Coded;
import java.util.List;

/**
 * The four kinds of work record of 三(一)3, each with its detail fields (sealed in the record's body as
 * JSON), the ones that must be filled, and the short codes its {@code category} may take.
 * Labels: {@code worklog.kind.<NAME>}; fields {@code worklog.field.<name>}; codes {@code worklog.category.<CODE>}.
 */
public enum RecordKind implements Coded {
    /** 谈心谈话 (contacts with parents, 班主任, teachers and class officers are talks too): category = the talk's kind. */
    TALK(List.of("way", "reason", "learned", "judgement", "measures"), List.of("way", "reason"),
            List.of("DAILY", "STUDY", "PSYCH", "BEHAVIOR", "CAREER", "FAMILY", "CONTACT", "OTHER")),
    /** 听课: category unused. */
    CLASS_VISIT(List.of("period", "course", "teacher", "expected", "present", "absent", "late", "observations",
            "notes"), List.of("course"), List.of()),
    /** 走访宿舍: category unused. */
    DORM_VISIT(List.of("building", "rooms", "companions", "hygiene", "safety", "appliances", "findings", "problems",
            "actions"), List.of("building", "rooms"), List.of()),
    /** 主题班会 / 年级大会: category CLASS or GRADE. */
    CLASS_MEETING(List.of("theme", "purpose", "attendance", "content", "outcome", "attachments"), List.of("theme"),
            List.of("CLASS", "GRADE"));

    /** The ways of a talk (面谈 / 电话 / 线上 / 家访 / 集体): the detail {@code way}. */
    public static final List<String> TALK_WAYS = List.of("FACE", "PHONE", "ONLINE", "HOME", "GROUP");

    private final List<String> fields;
    private final List<String> required;
    private final List<String> categories;

    RecordKind(List<String> fields, List<String> required, List<String> categories) {
        this.fields = fields;
        this.required = required;
        this.categories = categories;
    }

    /** The detail fields, in the form's order. */
    public List<String> fields() {
        return fields;
    }

    public List<String> required() {
        return required;
    }

    /** The codes of {@code category} (empty: none asked). */
    public List<String> categories() {
        return categories;
    }

    @Override
    public String keyPrefix() {
        return "worklog.kind";
    }
}
