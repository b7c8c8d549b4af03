package com.bakery.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json}. Nothing else in a service
 * builds error responses, so every error has the same shape and never leaks a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.reason()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "validation_failed", "Request is not valid", detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        if (field.isEmpty()) {
            return respond(Problem.of(400, "malformed_json", "Malformed request body",
                    "The request body is not valid JSON."), uri);
        }
        String reason = e instanceof UnrecognizedPropertyException ? "is not a known field"
                : "has a value of the wrong type or format";
        return respond(Problem.of(400, "malformed_json", "Malformed request body", "Field '" + field + "' " + reason + ".")
                .withErrors(List.of(new Problem.FieldError(field, reason))), uri);
    }

    /** More specific than Quarkus' own mapper for these, so they too become problem+json naming the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(401, "unauthenticated", "Authentication required",
                "A valid bearer token is required.");
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your roles do not allow this operation."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String code = title.toLowerCase().replaceAll("[^a-z0-9]+", "_");
        String detail = status >= 500 ? "The server could not complete the request." : e.getMessage();
        return respond(Problem.of(status, code, title, detail), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            // the database restarts or fails over: nothing was committed, and the same request can be sent again
            LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getRawPath(), DatabaseUnavailable.reason(e));
            return Response.fromResponse(respond(Problem.of(503, "database_unavailable", "Service Unavailable",
                    "The database is unavailable for a moment; nothing was changed. Try again."), uri))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        LOG.error("Unhandled error on " + uri.getRequestUri().getRawPath(), e);
        return respond(Problem.of(500, "internal_error", "Internal Server Error",
                "The server could not complete the request."), uri);
    }

    /** {@code instance}: the path as sent (still encoded), a URI reference that never carries a raw CR/LF or tag. */
    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getRequestUri().getRawPath())).build();
    }

    /** "create.arg0.quantity" becomes "quantity": clients know the body's fields, not our Java parameters. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
