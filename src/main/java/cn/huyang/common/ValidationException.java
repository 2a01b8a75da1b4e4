package cn.huyang.common;

import java.util.List;
import java.util.stream.Collectors;

/** Impossible data, refused: carries every field error so the form can mark them all. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String render(Messages messages) {
        return errors.stream().map(e -> e.render(messages)).collect(Collectors.joining("\n"));
    }
}
