package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison the printer tests judge printed pages by is sharp enough: it finds one character
 * or one digit changed and a page moved by a quarter of a millimetre, and passes the same page.
 */
class PageCompareTest {
    private static final Messages M = Messages.forLanguage("zh");
    @TempDir
    Path dir;

    private Path pdf(String name, AppraisalForm form, double shiftMm) throws Exception {
        AppraisalFormLayout layout = new AppraisalFormLayout(M);
        FormLayout<AppraisalForm> shifted = new FormLayout<>() {
            @Override
            public List<Layout.Page> layout(AppraisalForm f) {
                return layout.layout(f).stream().map(p -> {
                    Layout.Page q = new Layout.Page();
                    for (Layout.Item item : p.items()) {
                        if (item instanceof Layout.Text t) {
                            q.text(t.x() + shiftMm, t.baseline(), t.size(), t.text());
                        } else if (item instanceof Layout.Line l) {
                            q.line(l.x1() + shiftMm, l.y1(), l.x2() + shiftMm, l.y2(), l.width());
                        }
                    }
                    return q;
                }).toList();
            }

            @Override
            public String fileName(AppraisalForm f) {
                return name;
            }

            @Override
            public String documentTitle(List<AppraisalForm> forms) {
                return name;
            }
        };
        Path file = dir.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfFormWriter(M).write(shifted, List.of(form), out, (d, t) -> { }, () -> false);
        }
        return file;
    }

    private PageCompare.Result first(Path a, Path b) throws Exception {
        BufferedImage x = PageCompare.render(a).get(0);
        BufferedImage y = PageCompare.render(b).get(0);
        PageCompare.Result r = PageCompare.compare(0, x, y);
        System.out.println(r.describe());
        return r;
    }

    @Test
    void theSamePageAgrees() throws Exception {
        AppraisalForm f = Forms.sample("古丽米拉·艾买提", Forms.longSummary(200));
        assertThat(first(pdf("a", f, 0), pdf("b", f, 0)).worst()).isZero();
    }

    @Test
    void oneCharacterChangedIsFound() throws Exception {
        PageCompare.Result r = first(pdf("a", Forms.sample("古丽米拉·艾买提", ""), 0),
                pdf("b", Forms.sample("古丽米拉·艾买江", ""), 0));
        assertThat(r.agrees()).isFalse();
    }

    @Test
    void oneDigitChangedIsFound() throws Exception {
        AppraisalForm a = Forms.sample("张伟", "");
        AppraisalForm b = new AppraisalForm(a.year(), a.unit(), a.name(), a.gender(), "1990.06", a.ethnicity(),
                a.politicalStatus(), a.education(), a.departmentAndPosition(), a.positionSince(), a.work(), a.summary(),
                a.proposedGrade(), a.grade(), a.remarks(), a.department(), a.classes(), a.students(),
                a.yearsAsCounselor(), a.titleAndRank(), a.scores(), a.bonus(), a.veto(), a.total(), a.rank(), a.note());
        assertThat(first(pdf("a", a, 0), pdf("b", b, 0)).agrees()).isFalse();
    }

    @Test
    void aPageMovedByAQuarterMillimetreIsFound() throws Exception {
        AppraisalForm f = Forms.sample("张伟", "");
        assertThat(first(pdf("a", f, 0), pdf("b", f, 0.25)).agrees()).isFalse();
    }
}
