package cn.huyang.print;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The test printer's queue as CUPS keeps it, before a test prints: which jobs came after. */
public final class Jobs {
    private static final Cups CUPS = new Cups(true);
    private final Set<Integer> before;

    private Jobs(Set<Integer> before) {
        this.before = before;
    }

    public static Jobs now() {
        Set<Integer> ids = CUPS.jobs(PrintStack.PRINTER);
        if (ids == null) {
            fail("lpstat cannot list the jobs of " + PrintStack.PRINTER);
        }
        return new Jobs(ids);
    }

    /** The jobs the queue received since. */
    public List<Integer> added() {
        List<Integer> now = new ArrayList<>(CUPS.jobs(PrintStack.PRINTER));
        now.removeAll(before);
        return now;
    }

    /** The one job the queue received since; fails when there is none or more. */
    public int theNewOne() {
        List<Integer> added = added();
        if (added.size() != 1) {
            fail("expected one new job in the queue of " + PrintStack.PRINTER + ", found " + added);
        }
        return added.get(0);
    }
}
