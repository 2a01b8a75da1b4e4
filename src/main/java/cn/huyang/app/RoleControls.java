package cn.huyang.app;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.Operation;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The tabs' buttons for steps a user's role may not take anywhere are not shown (领导 sees no
 * 新增辅导员, a 组织人事部 user no 登记培训). Only a courtesy: the services refuse the step whatever
 * the window shows. Found by the buttons' ids, so the features need not know the roles.
 */
public final class RoleControls {
    private static final Map<String, List<Operation>> BY_ID = Map.ofEntries(
            Map.entry("addButton", List.of(Operation.ROSTER_EDIT)),
            Map.entry("addDepartmentButton", List.of(Operation.DEPARTMENTS_EDIT)),
            Map.entry("demoButton", List.of(Operation.DEMO_DATA)),
            Map.entry("importRosterButton", List.of(Operation.IMPORT)),
            Map.entry("importButton", List.of(Operation.IMPORT)),
            Map.entry("addTrainingButton", List.of(Operation.TRAINING_EDIT)),
            Map.entry("editTrainingButton", List.of(Operation.TRAINING_EDIT)),
            Map.entry("deleteSessionButton", List.of(Operation.TRAINING_EDIT)),
            Map.entry("deleteRecordButton", List.of(Operation.TRAINING_EDIT)),
            Map.entry("assessmentSave", List.of(Operation.SCORES_OFFICE, Operation.SCORES_BRANCH,
                    Operation.SCORES_STUDENTS, Operation.SCORES_PERSONNEL)),
            Map.entry("assessmentConfirm", List.of(Operation.RESULTS_CONFIRM)),
            Map.entry("applyButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("withdrawButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("saveCutoffButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("editTargetButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("deleteTargetButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("confirmReviewButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("unlockReviewButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("saveReviewButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("addRankButton", List.of(Operation.TITLES_EDIT)),
            Map.entry("decideButton", List.of(Operation.FINDINGS_DECIDE)),
            Map.entry("reopenButton", List.of(Operation.FINDINGS_DECIDE)));

    private static final String KEY = "huyang.roleControls";

    private RoleControls() {
    }

    /** Hides, under {@code root}, the buttons of steps the user may take nowhere (and in sub-tabs shown later). */
    public static void apply(Node root, AccessGuard guard) {
        if (root == null) {
            return;
        }
        for (Node n : root.lookupAll(".tab-pane")) {
            if (n instanceof javafx.scene.control.TabPane pane && pane.getProperties().putIfAbsent(KEY, true) == null) {
                pane.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                        javafx.application.Platform.runLater(() -> apply(root, guard)));
            }
        }
        BY_ID.forEach((id, ops) -> {
            if (ops.stream().noneMatch(guard::may)) {
                for (Node n : root.lookupAll("#" + id)) {
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        });
    }
}
