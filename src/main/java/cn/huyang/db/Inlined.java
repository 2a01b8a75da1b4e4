package cn.huyang.db;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Conditions whose values are written into the statement, for keys the program made, never text from outside. */
public final class Inlined {
    private Inlined() {
    }

    /**
     * {@code field in (values)} with the values inlined: H2 checks a list of bind values against every row
     * the index gave, one by one (a cast each), but hashes a list of constants and plans an index lookup per
     * value. The values are uids and numeric keys.
     */
    public static <T> Condition in(Field<T> field, Collection<T> values) {
        return field.in(values.stream().map(DSL::inline).toList());
    }
}
