package com.bakery.gateway.ratelimit;

import com.bakery.common.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** The one way the limiters answer a refusal: problem+json with {@code Retry-After}. */
final class Refusals {

    private Refusals() {
    }

    static void write(RoutingContext ctx, ObjectMapper json, int status, String code, String title, String detail,
            long retryAfter) {
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", String.valueOf(retryAfter))
                    .end(json.writeValueAsString(Problem.of(status, code, title, detail)
                            .withInstance(ctx.normalizedPath())));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** Runs {@code then} on the request's own context: Redis answers on its own event loop. */
    static void onRequestContext(io.vertx.core.Context here, Runnable then) {
        if (here == null || io.vertx.core.Vertx.currentContext() == here) {
            then.run();
        } else {
            here.runOnContext(v -> then.run());
        }
    }
}
