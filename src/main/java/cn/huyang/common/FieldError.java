package cn.huyang.common;

import java.util.List;

/**
 * A refusal of one field's value: the field (its bundle key, e.g. {@code field.idNumber}, with
 * arguments where the field's label names a row, e.g. "学时（张三）") and the message key with its
 * arguments. Rendered as "身份证号：校验位错误…".
 */
public record FieldError(String field, String messageKey, List<Object> args, List<Object> fieldArgs) {
    public FieldError {
        args = List.copyOf(args);
        fieldArgs = List.copyOf(fieldArgs);
    }

    public FieldError(String field, String messageKey, List<Object> args) {
        this(field, messageKey, args, List.of());
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }

    /** The same refusal, for the field of one row (the label's arguments, e.g. the counselor's name). */
    public FieldError about(Object... labelArgs) {
        return new FieldError(field, messageKey, args, List.of(labelArgs));
    }

    /** The refusals rendered per field, in order; two refusals of one field joined by "；". */
    public static java.util.Map<String, String> byField(List<FieldError> errors, Messages messages) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (FieldError e : errors) {
            out.merge(e.field(), e.render(messages), (a, b) -> a + "；" + b);
        }
        return out;
    }

    public String render(Messages messages) {
        return messages.get("validation.format", messages.get(field, fieldArgs.toArray()),
                messages.get(messageKey, args.toArray()));
    }
}
