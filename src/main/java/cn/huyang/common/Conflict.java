package cn.huyang.common;

import java.util.List;

/**
 * A save refused because someone else saved the record first, as the form shows it: the refusal in
 * words ("此记录已被 张三 于 10:42 修改…") and each field that differs between what the user typed
 * (您的修改) and what is stored now (当前记录). The user chooses: save over it, take the stored
 * record, or go on editing.
 */
public record Conflict(String message, List<Difference> differences) {
    public Conflict {
        differences = List.copyOf(differences);
    }

    /** One field that differs: its label, the value typed, the value stored now (as shown, "" when empty). */
    public record Difference(String field, String mine, String theirs) {
    }

    /** What the user chose. */
    public enum Choice {
        /** 用我的修改覆盖: save the typing again over the version stored now (audited as any save). */
        OVERWRITE,
        /** 采用当前记录: drop the typing and load the stored record. */
        TAKE_THEIRS,
        /** 取消: stay in the form with the typing kept. */
        KEEP_EDITING
    }
}
