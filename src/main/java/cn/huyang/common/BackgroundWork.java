package cn.huyang.common;

/** A piece of work for a background thread: a query, a file, a printer job. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
