package cn.huyang.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A list as a screen shows it, as text ready to print: its title, the filter (and sort) in words,
 * the day it is printed, notes under the filter, the columns and the rows in the screen's order.
 * {@link ListLayout} lays any of them out; the screens only say what goes in.
 *
 * @param subtitle the filter in words, printed under the title
 * @param printed  the print date line (打印日期：…)
 * @param notes    lines under the subtitle: the rule the list is judged by, its summary; may be empty
 * @param empty    what the page says when no row is left by the filter
 * @param fileName the print job's name in the printer's queue
 */
public record PrintedList(String title, String subtitle, String printed, List<String> notes, List<Column> columns,
                          List<List<String>> rows, String empty, String fileName) {

    public PrintedList {
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells in a list of " + columns.size()
                        + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    /**
     * One column: its heading, whether its text is set flush left (long texts: courses, messages)
     * or centred (names, numbers, dates), and the widest it may grow in mm before its text wraps.
     */
    public record Column(String heading, boolean left, double maxMm) {
        /** A short value, centred; never wider than 32 mm (a longer one wraps). */
        public static Column centred(String heading) {
            return new Column(heading, false, 32);
        }

        /** A short value, centred, that may grow to {@code maxMm} (names with the ID number's last four). */
        public static Column centred(String heading, double maxMm) {
            return new Column(heading, false, maxMm);
        }

        /** A long text, set flush left and wrapped beyond {@code maxMm}. */
        public static Column text(String heading, double maxMm) {
            return new Column(heading, true, maxMm);
        }
    }
}
