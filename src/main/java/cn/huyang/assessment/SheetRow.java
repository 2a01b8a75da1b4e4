package cn.huyang.assessment;

import cn.huyang.roster.Counselor;

/** One counselor's line of a year: who, the department, what was entered and the result. */
public record SheetRow(Counselor counselor, String department, Entry entry, Result result) {
}
