package com.bakery.gateway.routing;

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

/** When a routed service cannot be reached, the client gets a 503 problem+json naming it, not an empty 502. */
class UnreachableServiceProblem implements ProxyInterceptor {

    private final String service;
    private final byte[] body;

    UnreachableServiceProblem(String service, ObjectMapper json) {
        this.service = service;
        try {
            this.body = json.writeValueAsBytes(Problem.of(503, "service_unavailable", "Service Unavailable",
                    "The " + service + " service cannot be reached; try again shortly."));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(context.request().response()
                .setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", "5")
                .setBody(Body.body(Buffer.buffer(body)))));
    }

    @Override
    public String toString() {
        return "unreachable-" + service;
    }
}
