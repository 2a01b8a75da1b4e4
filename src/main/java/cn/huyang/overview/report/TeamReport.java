package cn.huyang.overview.report;

import java.util.List;

/**
 * 队伍建设情况汇报 as data: the cover and the sections in the usual order, each with its figures, tables
 * and charts. The .docx and the PDF are written from it.
 *
 * @param title      the cover's title
 * @param coverLines the cover's lines under it (the period, the scope, the office, the date)
 * @param fileTitle  the document's title in its properties
 */
public record TeamReport(String title, List<String> coverLines, String fileTitle, List<Section> sections) {

    public TeamReport {
        coverLines = List.copyOf(coverLines);
        sections = List.copyOf(sections);
    }

    /** A section: its heading (一、基本情况 …) and what it holds. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Every chart of the report, in order. */
    public List<Block.Chart> charts() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast).toList();
    }

    /** Every table of the report, in order. */
    public List<Block.Table> tables() {
        return sections.stream().flatMap(s -> s.blocks().stream()).filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).toList();
    }
}
