package cn.huyang.security;

import cn.huyang.common.Messages;

/**
 * Something the key handling refuses, in words for the user: a message key of
 * {@code i18n/messages_*.properties} with its arguments. {@link #getMessage()} is the Chinese
 * sentence; {@link #render(Messages)} gives it in the window's language. Never holds a password or key.
 */
public class SecurityRefusal extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public SecurityRefusal(String messageKey, Object... args) {
        super(Messages.forLanguage("zh").get(messageKey, args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String render(Messages messages) {
        return messages.get(messageKey, args);
    }
}
