package cn.huyang.assessment;

import cn.huyang.common.Conflict;
import cn.huyang.common.Messages;
import cn.huyang.common.StaleRecordException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Scores someone else saved after the grid read them: the refusal with each cell that differs —
 * what is typed beside what is stored now — and the user's choice: save the typing over the stored
 * rows, load the stored rows (the typing dropped), or go on editing with the typing kept.
 */
public final class ScoreConflicts {
    private final Messages m;
    private final Runnable save;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>();
    private List<Entry> theirs = List.of();
    private List<GridRow> rows = List.of();

    ScoreConflicts(Messages m, Runnable save, Runnable reload) {
        this.m = m;
        this.save = save;
        this.reload = reload;
    }

    /** Takes a failed save's refusal as a conflict when it is one; false for any other failure. */
    boolean offer(Throwable e, List<GridRow> grid) {
        StaleRecordException stale = StaleRecordException.in(e);
        if (stale == null || !(stale.current() instanceof List<?> stored)) {
            return false;
        }
        theirs = stored.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
        rows = List.copyOf(grid);
        List<Conflict.Difference> cells = new ArrayList<>();
        for (Entry now : theirs) {
            GridRow row = row(now.counselorId());
            if (row != null) {
                differences(row, row.toEntry(now.year()), now, cells);
            }
        }
        conflict.set(new Conflict(stale.render(m), cells));
        return true;
    }

    private void differences(GridRow row, Entry mine, Entry now, List<Conflict.Difference> out) {
        for (Party p : Party.values()) {
            cell(out, row, p.label(m), Scores.format(mine.score(p)), Scores.format(now.score(p)));
        }
        cell(out, row, m.get("assessment.column.bonus"), Scores.format(mine.bonus()), Scores.format(now.bonus()));
        cell(out, row, m.get("assessment.column.veto"), mine.veto(), now.veto());
        cell(out, row, m.get("assessment.column.summary"), mine.summary(), now.summary());
    }

    private void cell(List<Conflict.Difference> out, GridRow row, String column, String mine, String now) {
        String a = mine == null ? "" : mine;
        String b = now == null ? "" : now;
        if (!Objects.equals(a, b)) {
            out.add(new Conflict.Difference(m.get("conflict.scores.row", row.name(), column), a, b));
        }
    }

    private GridRow row(long counselorId) {
        return rows.stream().filter(r -> r.counselorId() == counselorId).findFirst().orElse(null);
    }

    /** 用我的修改覆盖: the rows go over the versions stored now, and the grid saves again (audited as any save). */
    public void overwrite() {
        for (Entry now : theirs) {
            GridRow row = row(now.counselorId());
            if (row != null) {
                row.rebase(now.version());
            }
        }
        conflict.set(null);
        save.run();
    }

    /** 采用当前记录: the grid loads the stored rows; what was typed is dropped. */
    public void takeTheirs() {
        conflict.set(null);
        reload.run();
    }

    /** 取消: the grid keeps what was typed. */
    public void keepEditing() {
        conflict.set(null);
    }

    /** The refusal of the last save, or null. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Chooses for the user (the view asks in a dialog). */
    public void choose(Conflict.Choice choice) {
        switch (choice) {
            case OVERWRITE -> overwrite();
            case TAKE_THEIRS -> takeTheirs();
            case KEEP_EDITING -> keepEditing();
        }
    }
}
