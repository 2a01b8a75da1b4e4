package cn.huyang.access;

import cn.huyang.common.Messages;
import cn.huyang.security.SecurityRefusal;
import java.util.List;

/**
 * A login, an unlock or a recovery refused: a wrong user name or password (one sentence for both),
 * a disabled account, too many attempts (with the seconds to wait), a wrong recovery key.
 */
public final class LoginRefusedException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;
    private final SecurityRefusal refusal;

    public LoginRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.refusal = null;
    }

    /** The key handling's own refusal (a mistyped recovery key: which group is wrong). */
    public LoginRefusedException(SecurityRefusal refusal) {
        super(refusal.messageKey(), refusal);
        this.messageKey = refusal.messageKey();
        this.args = List.of();
        this.refusal = refusal;
    }

    public String messageKey() {
        return messageKey;
    }

    public String render(Messages messages) {
        return refusal != null ? refusal.render(messages) : messages.get(messageKey, args.toArray());
    }
}
