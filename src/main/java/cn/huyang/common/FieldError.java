package cn.huyang.common;

import java.util.List;

/**
 * A refusal of one field's value: the field (its bundle key, e.g. {@code field.idNumber}) and the
 * message key with its arguments. Rendered as "身份证号：校验位错误…".
 */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }

    public String render(Messages messages) {
        return messages.get("validation.format", messages.get(field), messages.get(messageKey, args.toArray()));
    }
}
