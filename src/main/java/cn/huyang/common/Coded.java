package cn.huyang.common;

/** A coded value stored by its enum name and shown through the bundle key {@code <prefix>.<NAME>}. */
public interface Coded {
    String name();

    String keyPrefix();

    default String messageKey() {
        return keyPrefix() + "." + name();
    }

    default String label(Messages messages) {
        return messages.get(messageKey());
    }
}
