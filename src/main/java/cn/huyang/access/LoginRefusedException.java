package cn.huyang.access;

import cn.huyang.common.Messages;
import java.util.List;

/**
 * A login, an unlock or a recovery refused: a wrong user name or password (one sentence for both),
 * a disabled account, too many attempts (with the seconds to wait), a wrong recovery key.
 */
public final class LoginRefusedException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public LoginRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public String render(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
