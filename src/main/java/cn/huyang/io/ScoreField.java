package cn.huyang.io;

import cn.huyang.assessment.Party;
import java.util.List;

/** The columns of a year's scores file (the assessment results' export) and the headers offices give them. */
public enum ScoreField implements ImportField {
    DEPARTMENT("field.department", RosterField.DEPARTMENT.synonyms(), null),
    NAME("field.name", RosterField.NAME.synonyms(), null),
    ID_NUMBER("field.idNumber", RosterField.ID_NUMBER.synonyms(), null),
    OFFICE("party.OFFICE", List.of("学工部", "学工部评分", "学工部打分", "学生工作部"), Party.OFFICE),
    BRANCH("party.BRANCH", List.of("系部党总支", "党总支", "党总支评分", "系部党总支评分", "系部评分"), Party.BRANCH),
    STUDENTS("party.STUDENTS", List.of("学生测评", "学生评分", "学生测评得分", "学生满意度"), Party.STUDENTS),
    PERSONNEL("party.PERSONNEL", List.of("组织人事部", "组织人事部评分", "人事处", "组织人事部门"), Party.PERSONNEL),
    BONUS("assessment.column.bonus", List.of("附加分", "加分"), null),
    VETO("assessment.column.veto", List.of("一票否决", "否决事项", "一票否决事项"), null);

    private final String labelKey;
    private final List<String> synonyms;
    private final Party party;

    ScoreField(String labelKey, List<String> synonyms, Party party) {
        this.labelKey = labelKey;
        this.synonyms = List.copyOf(synonyms);
        this.party = party;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }

    /** The party whose score the column holds, or null. */
    Party party() {
        return party;
    }

    static ScoreField of(Party p) {
        for (ScoreField f : values()) {
            if (f.party == p) {
                return f;
            }
        }
        throw new IllegalArgumentException(p.name());
    }
}
