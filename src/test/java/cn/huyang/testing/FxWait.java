package cn.huyang.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** The screen tests' one way of waiting: for background work to finish and the JavaFX thread to catch up. */
public final class FxWait {
    private static final int SECONDS = 20;

    private FxWait() {
    }

    /** Waits (20 seconds at most) until the condition holds, then until the JavaFX events it caused are handled. */
    public static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
