package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The generic list layout: widths spread to the page, orientation by the columns, frame on every page. */
class ListLayoutTest {
    private static final Messages M = Messages.forLanguage("zh");
    private final ListLayout layout = new ListLayout(M);

    private static PrintedList list(int columns, int rows, String cell) {
        List<PrintedList.Column> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(PrintedList.Column.text("列" + c, 60));
        }
        List<List<String>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(cell + r);
            }
            body.add(row);
        }
        return new PrintedList("测试列表", "筛选：全部", "2026-12-01", List.of(), cols, body, "无", "测试列表");
    }

    private static List<String> texts(Layout.Page p) {
        return p.items().stream().filter(i -> i instanceof Layout.Text).map(i -> ((Layout.Text) i).text()).toList();
    }

    @Test
    void widthsGrowInProportionWhenThereIsRoom() {
        double[] w = ListLayout.fit(new double[] {10, 20, 30}, new double[] {9, 9, 9}, 120);
        assertThat(w).containsExactly(new double[] {20, 40, 60}, Offset.offset(1e-6));
    }

    @Test
    void theWidestColumnsGiveWayFirstButNotBelowTheirLongestWord() {
        double[] w = ListLayout.fit(new double[] {20, 100, 80}, new double[] {9, 9, 70}, 160);
        assertThat(w[0]).isCloseTo(20, Offset.offset(0.01));
        assertThat(w[2]).isCloseTo(70, Offset.offset(0.01));
        assertThat(w[1]).isCloseTo(70, Offset.offset(0.01));
        assertThat(ListLayout.sum(w)).isCloseTo(160, Offset.offset(0.01));
    }

    @Test
    void aNarrowListIsPortraitAndAWideOneLandscape() {
        PrintedList narrow = list(3, 5, "短");
        PrintedList wide = list(9, 5, "一段相当长的文字内容用来把列撑宽");
        assertThat(layout.wantsLandscape(narrow)).isFalse();
        assertThat(layout.layout(narrow)).noneMatch(Layout.Page::isLandscape);
        assertThat(layout.wantsLandscape(wide)).isTrue();
        assertThat(layout.layout(wide)).allMatch(Layout.Page::isLandscape);
    }

    @Test
    void everyPageHasTheHeadingsTheContinuationAndItsNumber() {
        PrintedList many = list(4, 120, "行");
        List<Layout.Page> pages = layout.layout(many);
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            List<String> t = texts(pages.get(i));
            assertThat(t).contains("列0", "列3", "第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
            if (i > 0) {
                assertThat(t).contains("测试列表（续）").doesNotContain("筛选：全部");
            }
        }
        assertThat(texts(pages.get(0))).contains("测试列表", "筛选：全部", "共 120 条 · 打印日期 2026-12-01");
        // every row once, in order
        List<String> cells = pages.stream().flatMap(p -> texts(p).stream()).filter(s -> s.matches("行\\d+"))
                .distinct().toList();
        assertThat(cells).hasSize(120).startsWith("行0", "行1").endsWith("行119");
        // nothing below the bottom margin but the footer, nothing beyond the right margin
        for (Layout.Page p : pages) {
            for (Layout.Item item : p.items()) {
                if (item instanceof Layout.Line l) {
                    assertThat(Math.max(l.y1(), l.y2())).isLessThanOrEqualTo(279.01);
                    assertThat(Math.max(l.x1(), l.x2())).isLessThanOrEqualTo(195.01);
                }
            }
        }
    }

    @Test
    void anOpeningBracketGoesToTheNextLineWithWhatItOpens() {
        Typesetter type = new Typesetter(FormFont.get());
        String text = "承担 2 门思想政治理论类课程（《大学生心理健康与成长》、《形势与政策》），每学期不超过 1 门";
        for (double width = 20; width < 80; width += 0.5) {
            for (String line : type.wrap(text, width, 9, false)) {
                assertThat(line).as("width %s", width).doesNotEndWith("（").doesNotEndWith("《");
            }
        }
    }
}
