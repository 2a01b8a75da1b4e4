package cn.huyang.recruitment;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Department;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.PostType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The forms of the 选聘 tab: a round, a post, a candidate's application. A refused value keeps the form
 * open with the reason naming the field and everything typed; 取消 is the default.
 */
final class RecruitmentDialogs {
    private final RecruitmentViewModel vm;
    private final Messages m;
    private final Supplier<Window> owner;

    RecruitmentDialogs(RecruitmentViewModel vm, Messages m, Supplier<Window> owner) {
        this.vm = vm;
        this.m = m;
        this.owner = owner;
    }

    void round(Round existing) {
        Round r = existing != null ? existing : new Round(null, vm.service().today().getYear(), "", Way.BOTH,
                new BigDecimal("40"), new BigDecimal("60"), 35, null, null, null, false, null, null, null, null,
                null, 0);
        Form f = new Form("roundForm", m.get(existing == null ? "recruitment.newRound" : "recruitment.editRound"));
        TextField year = f.text("roundYear", "recruitment.field.year", String.valueOf(r.year()));
        TextField title = f.text("roundTitle", "recruitment.field.title", r.title());
        ComboBox<Way> way = f.choice("roundWay", "recruitment.field.way", List.of(Way.values()), r.way());
        TextField ww = f.text("roundWritten", "recruitment.field.writtenWeight", RecruitmentViewModel.plain(
                r.writtenWeight()));
        TextField iw = f.text("roundInterview", "recruitment.field.interviewWeight", RecruitmentViewModel.plain(
                r.interviewWeight()));
        TextField maxAge = f.text("roundMaxAge", "recruitment.field.maxAge", r.maxAge() == null ? ""
                : String.valueOf(r.maxAge()));
        TextField ageOn = f.text("roundAgeOn", "recruitment.field.ageOn", r.ageOn() == null ? "" : r.ageOn()
                .toString());
        ComboBox<Education> edu = f.choice("roundEducation", "recruitment.field.minEducation",
                List.of(Education.DOCTORAL, Education.MASTER), r.minEducation());
        ComboBox<Degree> degree = f.choice("roundDegree", "recruitment.field.minDegree",
                List.of(Degree.DOCTOR, Degree.MASTER, Degree.BACHELOR), r.minDegree());
        CheckBox party = new CheckBox(m.get("recruitment.field.partyRequired"));
        party.setSelected(r.partyRequired());
        f.add("", party);
        TextField other = f.text("roundOther", "recruitment.field.otherConditions", r.otherConditions());
        f.ok(done -> {
            Integer y = whole(year.getText(), "recruitment.field.year");
            Integer age = whole(maxAge.getText(), "recruitment.field.maxAge");
            vm.saveRound(new Round(r.id(), y == null ? 0 : y, title.getText(), way.getValue(),
                    Typed.decimal(m, ww.getText(), "recruitment.field.writtenWeight"),
                    Typed.decimal(m, iw.getText(), "recruitment.field.interviewWeight"), age,
                    Typed.date(m, ageOn.getText(), "recruitment.field.ageOn"), edu.getValue(), degree.getValue(),
                    party.isSelected(), other.getText(), r.noticeStart(), r.noticeEnd(), r.finishedOn(), r.note(),
                    r.version()), done);
        });
    }

    void post() {
        Round r = vm.roundProperty().get();
        Form f = new Form("postForm", m.get("recruitment.addPost"));
        ComboBox<Department> dept = new ComboBox<>();
        dept.setId("postDepartment");
        dept.getItems().setAll(vm.service().departments());
        dept.setConverter(converter(Department::name));
        f.add(m.get("field.department"), dept);
        ComboBox<PostType> type = f.choice("postPostType", "field.postType", List.of(PostType.values()),
                PostType.FULL_TIME);
        TextField places = f.text("postPlaces", "recruitment.field.places", "1");
        f.ok(done -> {
            Integer n = whole(places.getText(), "recruitment.field.places");
            if (dept.getValue() == null) {
                throw new IllegalArgumentException(m.get("validation.format", m.get("field.department"),
                        m.get("validation.required")));
            }
            vm.savePost(new Post(null, r.id(), dept.getValue().id(), type.getValue(), n == null ? 0 : n, 0), done);
        });
    }

    void candidate() {
        Round r = vm.roundProperty().get();
        RoundSheet sheet = vm.sheetProperty().get();
        Form f = new Form("candidateForm", m.get("recruitment.apply"));
        ComboBox<RoundSheet.PostLine> post = new ComboBox<>();
        post.setId("candidatePost");
        post.getItems().setAll(sheet == null ? List.of() : sheet.posts());
        post.setConverter(converter(p -> p.department() + " " + p.post().postType().label(m)));
        if (!post.getItems().isEmpty()) {
            post.setValue(post.getItems().get(0));
        }
        f.add(m.get("recruitment.field.post"), post);
        TextField name = f.text("candidateName", "field.name", "");
        TextField id = f.text("candidateIdNumber", "field.idNumber", "");
        ComboBox<Gender> gender = f.choice("candidateGender", "field.gender", List.of(Gender.values()), null);
        TextField ethnicity = f.text("candidateEthnicity", "field.ethnicity", "汉族");
        ComboBox<PoliticalStatus> political = f.choice("candidatePolitical", "field.politicalStatus",
                List.of(PoliticalStatus.values()), null);
        ComboBox<Education> education = f.choice("candidateEducation", "field.education",
                List.of(Education.values()), null);
        ComboBox<Degree> degree = f.choice("candidateDegree", "field.degree", List.of(Degree.values()), null);
        TextField major = f.text("candidateMajor", "field.major", "");
        TextField phone = f.text("candidatePhone", "field.phone", "");
        ComboBox<EmploymentForm> employment = f.choice("candidateEmployment", "field.employmentForm",
                List.of(EmploymentForm.values()), EmploymentForm.CONTRACT);
        ComboBox<Source> source = f.choice("candidateSource", "recruitment.field.source", List.of(Source.values()),
                Source.EXTERNAL);
        ComboBox<Channel> channel = f.choice("candidateChannel", "recruitment.field.channel",
                List.of(Channel.values()), r.way() == Way.RECOMMENDATION ? Channel.RECOMMENDATION : Channel.OPEN);
        TextField unit = f.text("candidateUnit", "recruitment.field.currentUnit", "");
        TextField applied = f.text("candidateApplied", "recruitment.field.appliedOn", vm.service().today().toString());
        f.ok(done -> {
            if (post.getValue() == null) {
                throw new IllegalArgumentException(m.get("validation.format", m.get("recruitment.field.post"),
                        m.get("validation.required")));
            }
            Candidate.Builder b = new Candidate.Builder();
            b.roundId = r.id();
            b.postId = post.getValue().post().id();
            b.name = name.getText();
            b.idNumber = id.getText();
            b.gender = gender.getValue();
            b.ethnicity = ethnicity.getText();
            b.politicalStatus = political.getValue();
            b.education = education.getValue();
            b.degree = degree.getValue();
            b.major = major.getText();
            b.phone = phone.getText();
            b.employmentForm = employment.getValue();
            b.source = source.getValue();
            b.channel = channel.getValue();
            b.currentUnit = unit.getText();
            b.appliedOn = Typed.date(m, applied.getText(), "recruitment.field.appliedOn");
            b.stage = Stage.APPLICATION;
            vm.apply(b.build(), done);
        });
    }

    private Integer whole(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.get("validation.format", m.get(field), m.get("validation.number")));
        }
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A small modal form: labelled rows, a line for the refusal, 保存 and 取消 (the default). */
    private final class Form {
        private final javafx.stage.Stage stage = new javafx.stage.Stage();
        private final GridPane grid = new GridPane();
        private final Label error = new Label();
        private final String id;
        private int row;

        Form(String id, String title) {
            this.id = id;
            stage.initOwner(owner.get());
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(title);
            grid.setHgap(8);
            grid.setVgap(6);
            error.setId(id + "Error");
            error.setWrapText(true);
            error.setMaxWidth(420);
            error.setStyle("-fx-text-fill: #b00020;");
        }

        void add(String label, Node node) {
            grid.addRow(row++, new Label(label), node);
        }

        TextField text(String fieldId, String key, String value) {
            TextField t = new TextField(value == null ? "" : value);
            t.setId(fieldId);
            t.setPrefColumnCount(18);
            add(m.get(key), t);
            return t;
        }

        <T extends Coded> ComboBox<T> choice(String fieldId, String key, List<T> values, T value) {
            ComboBox<T> c = new ComboBox<>();
            c.setId(fieldId);
            c.getItems().add(null);
            c.getItems().addAll(values);
            c.setConverter(converter(v -> v.label(m)));
            c.setValue(value);
            add(m.get(key), c);
            return c;
        }

        void ok(Consumer<Consumer<String>> save) {
            Button ok = new Button(m.get("recruitment.save"));
            ok.setId(id + "Ok");
            Button cancel = new Button(m.get("recruitment.cancel"));
            cancel.setCancelButton(true);
            cancel.setDefaultButton(true);
            cancel.setOnAction(e -> stage.hide());
            ok.setOnAction(e -> {
                error.setText("");
                try {
                    save.accept(refusal -> {
                        if (refusal == null) {
                            stage.hide();
                        } else {
                            error.setText(refusal);
                        }
                    });
                } catch (IllegalArgumentException x) {
                    error.setText(x.getMessage());
                }
            });
            VBox box = new VBox(8, grid, error, new FlowPane(8, 8, ok, cancel));
            box.setPadding(new Insets(12));
            stage.setScene(new Scene(box));
            stage.show();
        }
    }
}
