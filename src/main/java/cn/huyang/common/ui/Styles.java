package cn.huyang.common.ui;

import java.util.Objects;

/** The application's stylesheet: names the CJK fonts, marks findings and shortfalls. */
public final class Styles {
    private Styles() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(Styles.class.getResource("/css/huyang.css")).toExternalForm();
    }
}
