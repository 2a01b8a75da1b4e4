package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import java.util.function.Consumer;

/**
 * A write run in the background whose refusal comes back as words, not as a failure: {@code done}
 * gets null when the write went through, else the refusal naming the field (or saying who saved the
 * record first, and when). Anything else unexpected
 * goes to the failure handler (the error dialog).
 */
final class BackgroundWrite {
    private BackgroundWrite() {
    }

    static void run(BackgroundRunner runner, Messages m, String description, Runnable work, Consumer<String> done,
                    Consumer<Throwable> onFailure) {
        runner.run(description, p -> {
            try {
                work.run();
                return null;
            } catch (ValidationException e) {
                return e.render(m);
            } catch (cn.huyang.common.StaleRecordException e) {
                return e.render(m); // someone saved it first: nothing stored, what was typed stays
            }
        }, done, onFailure);
    }
}
