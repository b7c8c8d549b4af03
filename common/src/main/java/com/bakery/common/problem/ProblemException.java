package com.bakery.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Base of every domain exception: carries the HTTP status and stable code of the problem it becomes.
 * Services throw meaningful subclasses ({@code InsufficientStock}, {@code IllegalTransition}); the mapper renders them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.of();
    }

    /** A problem with extension members, e.g. {@code shortfalls}. */
    public ProblemException(int status, String code, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.of();
        this.extensions = Map.copyOf(extensions);
    }

    /** 400 {@code validation_failed} naming one field and what is wrong with it. */
    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(400, "validation_failed", "Request is not valid", field + " " + reason + ".",
                List.of(new Problem.FieldError(field, reason)));
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage()).withErrors(errors).withExtensions(extensions);
    }


}
