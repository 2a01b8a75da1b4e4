package cn.huyang.overview.report;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.overview.Period;
import cn.huyang.roster.Department;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 汇报材料…: choose the half-year and the scope, see the report's pages (the PDF rendered), and save it as
 * .docx (to edit in WPS or Word) or PDF.
 */
public class ReportDialog {
    private final ReportViewModel vm;
    private final Stage stage = new Stage();
    private final VBox pages = new VBox(12);

    public ReportDialog(ReportViewModel vm, Window owner, String stylesheet, Consumer<String> notice) {
        this.vm = vm;
        Messages m = vm.messages();
        ComboBox<Period> period = new ComboBox<>(vm.periods());
        period.setId("reportPeriod");
        period.setConverter(Converters.of(vm::label, ""));
        period.valueProperty().bindBidirectional(vm.periodProperty());
        ComboBox<Department> department = new ComboBox<>(vm.departments());
        department.setId("reportDepartment");
        department.setConverter(Converters.of(Department::name, m.get("overview.scope.college")));
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        Button preview = new Button(m.get("report.preview.button"));
        preview.setId("reportPreviewButton");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> vm.preview());
        Button docx = new Button(m.get("report.save.docx"));
        docx.setId("reportSaveDocx");
        Button pdf = new Button(m.get("report.save.pdf"));
        pdf.setId("reportSavePdf");
        docx.setDisable(true);
        pdf.setDisable(true);
        docx.setOnAction(e -> save(".docx", m, notice));
        pdf.setOnAction(e -> save(".pdf", m, notice));
        Label status = new Label();
        status.setId("reportStatus");
        status.textProperty().bind(vm.statusProperty());
        BorderPane root = new BorderPane();
        root.setTop(new VBox(Toolbars.row(period, department, preview, docx, pdf), status));
        BorderPane.setMargin(status, new Insets(0, 8, 4, 8));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.setStyle("-fx-background-color: #8a8a8a;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("reportPages");
        root.setCenter(scroll);
        vm.pagesProperty().addListener((o, a, images) -> {
            show(images);
            docx.setDisable(images.isEmpty());
            pdf.setDisable(images.isEmpty());
        });
        Scene scene = new Scene(root, 760, 720);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle(m.get("report.dialog.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
    }

    public void show() {
        stage.show();
        vm.preview();
    }

    public Stage stage() {
        return stage;
    }

    private void save(String ending, Messages m, Consumer<String> notice) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("report.save.title"));
        chooser.setInitialFileName(vm.fileName(ending));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                m.get(ending.equals(".pdf") ? "report.filter.pdf" : "report.filter.docx"), "*" + ending));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path chosen = file.toPath();
            vm.save(chosen, saved -> notice.accept(m.get("report.saved", saved.toAbsolutePath())));
        }
    }

    private void show(List<BufferedImage> images) {
        pages.getChildren().clear();
        for (BufferedImage image : images) {
            ImageView view = new ImageView(fx(image));
            view.setPreserveRatio(true);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.4), 8, 0, 0, 2);");
            pages.getChildren().add(view);
        }
    }

    /** An AWT picture as a JavaFX image (no javafx.swing needed). */
    static WritableImage fx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage out = new WritableImage(w, h);
        PixelWriter writer = out.getPixelWriter();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            writer.setPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
        }
        return out;
    }
}
