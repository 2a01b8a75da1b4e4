package cn.huyang.bench;

import javafx.application.Application;

/** Starts {@link BareWindow} from a class that is not an Application, as the program itself starts. */
public final class BareWindowMain {
    private BareWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
