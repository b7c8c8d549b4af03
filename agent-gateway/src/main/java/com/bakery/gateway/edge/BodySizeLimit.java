package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.bakery.gateway.edge.exchange.Exchange;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code MAX_UPLOAD_SIZE} for routed requests, which run ahead of Quarkus' own limit check: a body announced
 * larger than the limit is refused with 413 before anything is sent on, and the connection is closed so the
 * rest of the body is not read.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void handle(Exchange exchange) {
        String length = exchange.context().request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            exchange.refuse("body over " + maxBytes + " bytes", Problem.of(413, "body_too_large", "Content Too Large",
                    "The body is larger than " + maxBytes + " bytes."), HttpHeaders.CONNECTION, "close");
            return;
        }
        exchange.context().next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return true; // an unreadable length is not passed on
        }
    }
}
