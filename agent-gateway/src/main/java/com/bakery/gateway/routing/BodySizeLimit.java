package com.bakery.gateway.routing;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.audit.AuditHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code MAX_UPLOAD_SIZE} for routed requests, which run ahead of Quarkus' own limit check: a body announced
 * larger than the limit is refused with 413 before anything is sent on, and the connection is closed so the
 * rest of the body is not read.
 */
@ApplicationScoped
public class BodySizeLimit implements Handler<RoutingContext> {

    private final long maxBytes;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.maxBytes = max.asLongValue();
        this.json = json;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            AuditHandler.deny(ctx, "body over " + maxBytes + " bytes");
            try {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(Problem.of(413, "body_too_large", "Content Too Large",
                                "The body is larger than " + maxBytes + " bytes.").withInstance(ctx.normalizedPath())));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
            return;
        }
        ctx.next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return true; // an unreadable length is not passed on
        }
    }
}
