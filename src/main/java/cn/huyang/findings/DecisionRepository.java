package cn.huyang.findings;

import static cn.huyang.db.jooq.Tables.FINDING_EVENT;

import cn.huyang.db.jooq.FindingEventRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The findings' decisions and reopenings: rows are added, never changed or deleted. */
public class DecisionRepository {
    private final DSLContext dsl;

    public DecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(FindingEvent e) {
        FindingEventRecord r = record(e);
        r.store();
        return r.getId();
    }

    /** Many events in batches of 500 rows. */
    public void insertAll(List<FindingEvent> events) {
        for (int from = 0; from < events.size(); from += 500) {
            var insert = dsl.insertInto(FINDING_EVENT).set(record(events.get(from)));
            for (int i = from + 1; i < Math.min(events.size(), from + 500); i++) {
                insert = insert.newRecord().set(record(events.get(i)));
            }
            insert.execute();
        }
    }

    private FindingEventRecord record(FindingEvent e) {
        FindingEventRecord r = dsl.newRecord(FINDING_EVENT);
        r.setCode(e.key().code());
        r.setFindingYear(e.key().year());
        r.setCounselorId(e.key().counselorId());
        r.setEventKind(e.type().name());
        r.setEventDate(e.date());
        r.setDecidedBy(e.by());
        Decision d = e.decision();
        if (d != null) {
            r.setDecision(d.kind().name());
            r.setRefused(d.refused());
            r.setDocumentNo(d.documentNo());
            r.setNote(d.note());
            r.setPlan(d.plan());
            r.setDueDate(d.dueDate());
        } else {
            r.setRefused(false);
            r.setNote(e.reason());
        }
        r.setRecordedAt(e.recordedAt());
        return r;
    }

    /** The latest event of every finding that has any: the findings' statuses. One query. */
    public Map<FindingKey, FindingEvent> latest() {
        Map<FindingKey, FindingEvent> out = new LinkedHashMap<>();
        for (FindingEvent e : dsl.selectFrom(FINDING_EVENT).orderBy(FINDING_EVENT.ID).fetch(DecisionRepository::event)) {
            out.put(e.key(), e);
        }
        return out;
    }

    /** One finding's history, oldest first. */
    public List<FindingEvent> history(FindingKey key) {
        return dsl.selectFrom(FINDING_EVENT)
                .where(FINDING_EVENT.CODE.eq(key.code()))
                .and(FINDING_EVENT.FINDING_YEAR.eq(key.year()))
                .and(key.counselorId() == null ? FINDING_EVENT.COUNSELOR_ID.isNull()
                        : FINDING_EVENT.COUNSELOR_ID.eq(key.counselorId()))
                .orderBy(FINDING_EVENT.ID)
                .fetch(DecisionRepository::event);
    }

    private static FindingEvent event(FindingEventRecord r) {
        FindingKey key = new FindingKey(r.getCode(), r.getFindingYear(), r.getCounselorId());
        FindingEvent.Type type = FindingEvent.Type.valueOf(r.getEventKind());
        if (type == FindingEvent.Type.REOPENED) {
            return new FindingEvent(r.getId(), key, type, null, r.getEventDate(), r.getDecidedBy(), r.getNote(),
                    r.getRecordedAt());
        }
        Decision d = new Decision(DecisionKind.valueOf(r.getDecision()), Boolean.TRUE.equals(r.getRefused()),
                r.getEventDate(), r.getDecidedBy(), r.getDocumentNo(), r.getNote(), r.getPlan(), r.getDueDate());
        return new FindingEvent(r.getId(), key, type, d, r.getEventDate(), r.getDecidedBy(), null, r.getRecordedAt());
    }
}
