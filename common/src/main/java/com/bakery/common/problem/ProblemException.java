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

    /** 409: the request is valid, but the state of what it names refuses it (a name taken, a sale already refunded). */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException conflict(String code, String detail, Map<String, Object> extensions) {
        return new ProblemException(409, code, "Conflict", detail, extensions);
    }

    /** 422: well-formed, but it cannot be done as asked (a key reused for another request, a refund too large). */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable Content", detail);
    }

    public static ProblemException unprocessable(String code, String detail, Map<String, ?> extensions) {
        return new ProblemException(422, code, "Unprocessable Content", detail, Map.copyOf(extensions));
    }

    public static ProblemException unprocessable(String code, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, code, "Unprocessable Content", detail, errors);
    }

    /** 503: something this request needs is down; nothing was changed, and the same request can be sent again. */
    public static ProblemException unavailable(String code, String detail) {
        return new ProblemException(503, code, "Service Unavailable", detail);
    }

    public static ProblemException unavailable(String code, String detail, Map<String, Object> extensions) {
        return new ProblemException(503, code, "Service Unavailable", detail, extensions);
    }

    /** 403: the caller is known, and may not do this. */
    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    /** 400 {@code validation_failed} naming each field and what is wrong with it. */
    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation_failed", "Request is not valid", detail, errors);
    }

    /** 400 {@code validation_failed} naming one field and what is wrong with it. */
    public static ProblemException invalid(String field, String reason) {
        return invalid(field + " " + reason + ".", List.of(new Problem.FieldError(field, reason)));
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage()).withErrors(errors).withExtensions(extensions);
    }
}
