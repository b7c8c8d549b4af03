package com.bakery.gateway.edge.exchange;

import com.bakery.common.request.RequestIdFilter;
import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * {@code X-Request-Id}: the client's, when it is a sane token, else a new one; set on the request passed to the
 * service and on the answer, kept in the audit record, in the logging context and on the request's trace span, so
 * one id follows a request everywhere.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static void assign(Exchange exchange) {
        RoutingContext ctx = exchange.context();
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        exchange.requestId(id);
        ctx.request().headers().set(HEADER, id);
        ctx.response().putHeader(HEADER, id);
        MDC.put(RequestIdFilter.MDC_KEY, id);
        Span.current().setAttribute(RequestIdFilter.SPAN_ATTRIBUTE, id);
    }

    /** A random UUID-shaped id; not a secret, so it need not cost a SecureRandom call per request. */
    static String newId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }
}
