package cn.huyang.roster;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingTexts;
import cn.huyang.common.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The roster's ⚑ cell: ⚠ (red) when a rule that must hold is broken, ⓘ (orange) for one that holds in
 * principle, the findings as its tooltip. The colour is a pseudo-class and the tooltip one per cell,
 * its text replaced: a cell shows another row at every scroll and every reload, and a changed style
 * class or a new tooltip would style the cell from scratch each time.
 */
final class FindingsCell<S> extends TableCell<S, List<Finding>> {
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("finding-warning");
    static final PseudoClass NOTICE = PseudoClass.getPseudoClass("finding-notice");

    private final Messages m;
    private Tooltip tip;

    FindingsCell(Messages m) {
        this.m = m;
    }

    @Override
    protected void updateItem(List<Finding> findings, boolean empty) {
        super.updateItem(findings, empty);
        if (empty || findings == null || findings.isEmpty()) {
            pseudoClassStateChanged(WARNING, false);
            pseudoClassStateChanged(NOTICE, false);
            setText(null);
            setTooltip(null);
            return;
        }
        boolean warning = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING);
        pseudoClassStateChanged(WARNING, warning);
        pseudoClassStateChanged(NOTICE, !warning);
        setText(warning ? "⚠" : "ⓘ");
        if (tip == null) {
            tip = new Tooltip();
        }
        tip.setText(findings.stream().map(f -> FindingTexts.line(f, m)).collect(Collectors.joining("\n")));
        setTooltip(tip);
    }
}
