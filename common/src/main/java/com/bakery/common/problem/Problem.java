package com.bakery.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code code} is the stable, machine-readable reason clients switch on;
 * {@code errors} names each offending field and why; {@code extensions} adds members such as a list of shortfalls.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, String instance,
        List<FieldError> errors, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String reason) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("about:blank", title, status, detail, code, null, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, instance, List.copyOf(fieldErrors), extensions);
    }

    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(type, title, status, detail, code, instance, errors, Map.copyOf(members));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, code, path, errors, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
