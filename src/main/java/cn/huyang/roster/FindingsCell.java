package cn.huyang.roster;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingTexts;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellMark;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.TableCell;

/**
 * The roster's ⚑ cell: ⚠ (red) when a rule that must hold is broken, ⓘ (orange) for one that holds in
 * principle, the findings as its tooltip.
 */
final class FindingsCell<S> extends TableCell<S, List<Finding>> {
    private final Messages m;

    FindingsCell(Messages m) {
        this.m = m;
    }

    @Override
    protected void updateItem(List<Finding> findings, boolean empty) {
        super.updateItem(findings, empty);
        if (empty || findings == null || findings.isEmpty()) {
            setText(null);
            CellMark.NONE.on(this, null);
            return;
        }
        boolean warning = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING);
        setText(warning ? "⚠" : "ⓘ");
        (warning ? CellMark.WARNING : CellMark.NOTICE).on(this,
                findings.stream().map(f -> FindingTexts.line(f, m)).collect(Collectors.joining("\n")));
    }
}
