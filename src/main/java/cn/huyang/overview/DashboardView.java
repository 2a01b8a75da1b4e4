package cn.huyang.overview;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.ListRequest;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.Department;
import cn.huyang.roster.StaffingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * 概览: the team at a glance for the year and scope chosen — a card per figure (staffing and the ratio,
 * the make-up, entries and exits, training, grades, titles, open findings). A click on a bar or a
 * slice opens its list in its tab, filtered.
 */
public class DashboardView {
    private final DashboardViewModel vm;
    private final Messages m;
    private final Consumer<ListRequest> open;
    private final BorderPane root = new BorderPane();
    private final FlowPane cards = new FlowPane(8, 8);
    private final FlowPane tools;
    private final Label heading = new Label();
    private final BarChart<String, Number> staffing = ChartCards.barChart("staffingChart");
    private final Label staffingNote = new Label();
    private final BarChart<String, Number> age = ChartCards.barChart("ageChart");
    private final PieChart gender = ChartCards.pieChart("genderChart");
    private final PieChart ethnicity = ChartCards.pieChart("ethnicityChart");
    private final BarChart<String, Number> education = ChartCards.barChart("educationChart");
    private final BarChart<String, Number> title = ChartCards.barChart("titleChart");
    private final PieChart political = ChartCards.pieChart("politicalChart");
    private final Label structureNote = new Label();
    private final BarChart<String, Number> flows = ChartCards.barChart("flowChart");
    private final Label flowNote = new Label();
    private final BarChart<String, Number> training = ChartCards.barChart("trainingChart");
    private final Label trainingNote = new Label();
    private final BarChart<String, Number> grades = ChartCards.barChart("gradeChart");
    private final Label gradeNote = new Label();
    private final BarChart<String, Number> titles = ChartCards.barChart("titlesChart");
    private final Label titlesNote = new Label();
    private final BarChart<String, Number> findings = ChartCards.barChart("findingsChart");
    private final Label findingsNote = new Label();

    public DashboardView(DashboardViewModel vm, Consumer<ListRequest> open) {
        this.vm = vm;
        this.m = vm.messages();
        this.open = open;
        root.setId("overviewView");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("overviewYear");
        year.setConverter(Converters.of(y -> m.get("overview.yearLabel", y), ""));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<Department> department = new ComboBox<>(vm.departments());
        department.setId("overviewDepartment");
        department.setConverter(Converters.of(Department::name, m.get("overview.scope.college")));
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        Button reload = new Button(m.get("overview.reload"));
        reload.setId("overviewReload");
        reload.setOnAction(e -> vm.load());
        tools = Toolbars.row(year, department, reload);
        heading.setId("overviewHeading");
        heading.getStyleClass().add("section-title");
        heading.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
        root.setTop(new VBox(tools, heading));
        flows.setLegendVisible(true);
        staffing.setLegendVisible(true);
        cards.setPadding(new javafx.geometry.Insets(8));
        cards.getChildren().addAll(
                ChartCards.card("staffingCard", m.get("overview.card.staffing"), staffing, staffingNote),
                ChartCards.card("trainingCard", m.get("overview.card.training"), training, trainingNote),
                ChartCards.card("gradeCard", m.get("overview.card.grades"), grades, gradeNote),
                ChartCards.card("titlesCard", m.get("overview.card.titles"), titles, titlesNote),
                ChartCards.card("findingsCard", m.get("overview.card.findings"), findings, findingsNote),
                ChartCards.card("flowCard", m.get("overview.card.flows"), flows, flowNote),
                ChartCards.card("ageCard", m.get("overview.card.age"), age, structureNote),
                ChartCards.card("genderCard", m.get("overview.card.gender"), gender, new Label()),
                ChartCards.card("ethnicityCard", m.get("overview.card.ethnicity"), ethnicity, new Label()),
                ChartCards.card("educationCard", m.get("overview.card.education"), education, new Label()),
                ChartCards.card("titleCard", m.get("overview.card.title"), title, new Label()),
                ChartCards.card("politicalCard", m.get("overview.card.political"), political, new Label()));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setId("overviewScroll");
        root.setCenter(scroll);
        vm.figuresProperty().addListener((o, a, f) -> {
            if (f != null) {
                show(f);
            }
        });
        vm.findingsProperty().addListener((o, a, counted) -> showFindings(counted));
    }

    public Node node() {
        return root;
    }

    /** Puts a tool at the end of the toolbar (the tab adds 汇报材料… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private void show(Figures f) {
        StaffingRow t = f.total();
        heading.setText(m.get("overview.heading", f.year(), f.scopeName(), f.on().toString(), f.headcount(),
                t.fullTime(), t.partTime()));
        showStaffing(f);
        Structure s = f.structure();
        Consumer<Bar> roster = b -> open.accept(vm.roster());
        bars(age, s.age(), roster);
        ChartCards.slices(gender, s.gender(), roster);
        ChartCards.slices(ethnicity, s.ethnicity(), roster);
        bars(education, s.education(), roster);
        bars(title, s.title(), roster);
        ChartCards.slices(political, s.political(), roster);
        structureNote.setText(m.get("overview.note.structure", f.on().toString(), f.headcount()));

        flows.getData().setAll(List.of(
                ChartCards.series(m.get("overview.series.entries"), f.flows().stream()
                        .map(x -> new Bar(x.label(), x.label(), x.entries())).toList(), null, null),
                ChartCards.series(m.get("overview.series.exits"), f.flows().stream()
                        .map(x -> new Bar(x.label(), x.label(), x.exits())).toList(), null, null)));
        int in = f.flows().stream().mapToInt(Flow::entries).sum();
        int out = f.flows().stream().mapToInt(Flow::exits).sum();
        flowNote.setText(m.get("overview.note.flows", f.flows().get(0).label(), f.year(), in, out));

        TrainingShare tr = f.training();
        bars(training, tr.shortByDepartment(), b -> open.accept(vm.trainingShort(b)));
        trainingNote.setText(m.get("overview.note.training", tr.judged(), tr.hoursMet(),
                Math.round(tr.hoursShare() * 100), tr.higherMissing()));

        GradeCounts g = f.grades();
        bars(grades, g.grades(), b -> open.accept(vm.grade(b)));
        gradeNote.setText(m.get(g.confirmed() ? "overview.note.grades.confirmed" : "overview.note.grades.draft",
                g.assessed(), g.quota(), g.excellentInCollege()));

        TitleCounts tc = f.titles();
        bars(titles, List.of(new Bar("APPLIED", m.get("overview.titles.applied"), tc.applications()),
                new Bar("ELIGIBLE", m.get("overview.titles.eligible"), tc.eligible()),
                new Bar("PASSED", m.get("overview.titles.passed"), tc.passed())), b -> open.accept(vm.titles()));
        titlesNote.setText(m.get("overview.note.titles", tc.applications(), tc.eligible(), tc.passed()));

        showFindings(f.findings());
    }

    /** The open findings by clause; while they are still counted, an empty chart that says so. */
    private void showFindings(FindingFigures counted) {
        if (counted == null) {
            findings.getData().clear();
            findingsNote.setText(m.get("overview.note.findingsCounting"));
            return;
        }
        bars(findings, counted.byClause(), b -> open.accept(vm.findings(b)));
        findingsNote.setText(m.get("overview.note.findings", counted.open().size()));
    }

    private void showStaffing(Figures f) {
        List<Bar> full = new ArrayList<>();
        List<Bar> part = new ArrayList<>();
        List<Bar> required = new ArrayList<>();
        List<String> shortOnes = new ArrayList<>();
        for (StaffingRow r : f.staffing()) {
            String code = String.valueOf(r.departmentId());
            full.add(new Bar(code, r.department(), r.fullTime()));
            part.add(new Bar(code, r.department(), r.partTime()));
            required.add(new Bar(code, r.department(), r.required()));
            if (r.isShort()) {
                shortOnes.add(m.get("overview.shortOne", r.department(), ChartCards.plain(r.shortfall())));
            }
        }
        Consumer<Bar> click = b -> f.staffing().stream().filter(r -> String.valueOf(r.departmentId()).equals(b.code()))
                .findFirst().ifPresent(r -> open.accept(vm.staffing(r)));
        java.util.function.Predicate<Bar> red = b -> f.staffing().stream()
                .anyMatch(r -> String.valueOf(r.departmentId()).equals(b.code()) && r.isShort());
        staffing.setCategoryGap(f.staffing().size() > 6 ? 3 : 12);
        staffing.setBarGap(0);
        staffing.getData().setAll(List.of(
                ChartCards.series(m.get("ratio.fullTime"), full, click, red),
                ChartCards.series(m.get("ratio.partTime"), part, click, null),
                ChartCards.series(m.get("ratio.required"), required, click, null)));
        StaffingRow t = f.total();
        String line = m.get("overview.note.staffing", t.department(), t.students(), t.studentsPerCounselor(),
                t.required(), ChartCards.plain(t.effective()), ChartCards.plain(t.shortfall()));
        staffingNote.setText(shortOnes.isEmpty() ? line + m.get("overview.note.noShort")
                : line + m.get("overview.note.short", String.join("、", shortOnes)));
    }

    private static void bars(BarChart<String, Number> chart, List<Bar> bars, Consumer<Bar> click) {
        chart.setCategoryGap(bars.size() > 8 ? 3 : 12); // many departments: wider bars
        chart.getData().setAll(List.of(ChartCards.series("", bars, click, null)));
    }
}
