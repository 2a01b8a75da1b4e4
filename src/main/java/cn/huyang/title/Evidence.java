package cn.huyang.title;

import cn.huyang.assessment.Grade;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the criteria read about one counselor, assembled from the roster, the assessment
 * results, the training ledger and the title records.
 *
 * @param history   the roster history, oldest first
 * @param grades    the grades of confirmed assessment years
 * @param vetoed    confirmed years with a veto (一票否决)
 * @param training  the compliance of the last finished year
 * @param assessedYears the years confirmed in this program at all: a year before the program was used
 *                      is passed over, not held against anyone
 */
public record Evidence(Counselor counselor, String department, List<RosterEvent> history,
                       Map<Integer, Grade> grades, Set<Integer> vetoed, Set<Integer> assessedYears,
                       TrainingStanding training,
                       List<ResearchOutput> outputs, List<ServiceRecord> services) {
}
