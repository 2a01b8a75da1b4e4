package cn.huyang.overview;

/**
 * One bar or slice of a figure: what it stands for ({@code code}: a department's id, a grade's name, a
 * clause), the label shown and its value.
 */
public record Bar(String code, String label, double value) {

    /** The value as a whole number (the counts of people). */
    public int count() {
        return (int) Math.round(value);
    }
}
