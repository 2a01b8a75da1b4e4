package cn.huyang.overview.report;

import cn.huyang.overview.Bar;
import java.util.List;

/** A piece of a report section: a paragraph, a sub-heading, a table, a chart, or lines left to write on. */
public sealed interface Block {

    record Paragraph(String text) implements Block {
    }

    record SubHeading(String text) implements Block {
    }

    /** A table with a caption, its column headers and its rows (texts). */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart: its title, bars or a pie, and one or more series of bars over the same categories (a pie has one).
     */
    record Chart(String id, String title, boolean pie, List<String> seriesNames, List<List<Bar>> series)
            implements Block {
        public Chart {
            seriesNames = List.copyOf(seriesNames);
            series = series.stream().map(List::copyOf).toList();
        }
    }

    /** Room to write by hand or in the word processor. */
    record WritingSpace(int lines) implements Block {
    }
}
