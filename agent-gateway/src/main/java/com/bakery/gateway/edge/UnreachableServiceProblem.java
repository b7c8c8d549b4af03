package com.bakery.gateway.edge;

import com.bakery.common.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.io.UncheckedIOException;

/**
 * When a routed service cannot be reached, the client gets a 503 problem+json naming it, not an empty 502. A
 * provider's webhook gets a 400 instead, for anything but a 2xx-4xx from its service (see {@link Webhooks}).
 */
class UnreachableServiceProblem implements ProxyInterceptor {

    private final String service;
    private final byte[] unavailable;
    private final byte[] timedOut;
    private final byte[] deferred;
    private final long timeoutNanos;

    UnreachableServiceProblem(String service, ObjectMapper json, java.time.Duration timeout) {
        this.service = service;
        this.timeoutNanos = timeout.toNanos();
        try {
            this.unavailable = json.writeValueAsBytes(Problem.of(503, "service_unavailable", "Service Unavailable",
                    "The " + service + " service cannot be reached; try again shortly."));
            this.timedOut = json.writeValueAsBytes(Problem.of(504, "service_timeout", "Gateway Timeout",
                    "The " + service + " service did not answer within " + timeout.toSeconds() + " s."));
            this.deferred = json.writeValueAsBytes(Problem.of(400, Webhooks.DEFERRED, "Bad Request",
                    "The " + service + " service cannot take this delivery now; deliver it again."));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        long start = System.nanoTime();
        if (Webhooks.is(context.request().getURI())) {
            return context.sendRequest().map(response -> response.getStatusCode() < 500 ? response
                    : deferred(context)).recover(failure -> Future.succeededFuture(deferred(context)));
        }
        return context.sendRequest().recover(failure -> {
            boolean slow = System.nanoTime() - start >= timeoutNanos * 9 / 10;
            return Future.succeededFuture(context.request().response()
                    .setStatusCode(slow ? 504 : 503)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", "5")
                    .setBody(Body.body(Buffer.buffer(slow ? timedOut : unavailable))));
        });
    }

    private ProxyResponse deferred(ProxyContext context) {
        return context.request().response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(deferred)));
    }

    @Override
    public String toString() {
        return "unreachable-" + service;
    }
}
