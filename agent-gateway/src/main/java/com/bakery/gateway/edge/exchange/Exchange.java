package com.bakery.gateway.edge.exchange;

import com.bakery.common.problem.Problem;
import com.bakery.common.request.LogFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.jboss.logging.MDC;

/**
 * One request as the edge sees it: what the steps of the chain learn about it (its id, its verified caller, why
 * it was refused, what was done on its behalf), its bearer token, and the one way the edge answers a refusal
 * (problem+json naming the path). Kept on the request, so every step and the gateway's own endpoints share it.
 */
public final class Exchange {

    private static final String KEY = "bakery.exchange";
    // Problem is a plain record: a mapper of its own writes it exactly as the REST layer does, without injection
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RoutingContext ctx;
    private String requestId = "-";
    private Caller caller;
    private String denial;
    private String detail;

    private Exchange(RoutingContext ctx) {
        this.ctx = ctx;
    }

    public static Exchange of(RoutingContext ctx) {
        Exchange exchange = ctx.get(KEY);
        if (exchange == null) {
            exchange = new Exchange(ctx);
            ctx.put(KEY, exchange);
        }
        return exchange;
    }

    public RoutingContext context() {
        return ctx;
    }

    public String path() {
        return ctx.normalizedPath();
    }

    public String requestId() {
        return requestId;
    }

    void requestId(String id) {
        this.requestId = id;
    }

    /** The token after {@code Bearer } in the Authorization header, if there is one. */
    public Optional<String> bearerToken() {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** The caller the token check verified; named in the request's log lines from here on. */
    public void verified(Caller verified) {
        this.caller = verified;
        MDC.put(LogFields.TENANT, verified.tenant());
        MDC.put(LogFields.SUBJECT, verified.subject());
    }

    /** The caller the token check verified, if it ran and passed. */
    public Optional<Caller> verifiedCaller() {
        return Optional.ofNullable(caller);
    }

    /**
     * Who is calling: the caller the token check verified, else the request's own bearer token if it verifies
     * (the gateway's own endpoints), else nobody.
     */
    public Optional<Caller> caller(JWTParser parser) {
        if (caller == null) {
            bearerToken().ifPresent(token -> {
                try {
                    caller = Caller.of(parser.parse(token));
                } catch (ParseException | RuntimeException e) {
                    // not a token of ours: an anonymous caller
                }
            });
        }
        return Optional.ofNullable(caller);
    }

    /** Says why the gateway refused the request, for its audit record. */
    public void deny(String reason) {
        this.denial = reason;
    }

    public String denial() {
        return denial;
    }

    /** What was done on the request's behalf (JSON), for its audit record. */
    public void detail(String json) {
        this.detail = json;
    }

    public String detail() {
        return detail;
    }

    /** Refuses the request: the reason goes to the audit record, the problem to the client. */
    public void refuse(String reason, Problem problem) {
        deny(reason);
        answer(problem);
    }

    /** As {@link #refuse(String, Problem)}, with {@code header} (e.g. {@code Retry-After}) set on the answer. */
    public void refuse(String reason, Problem problem, CharSequence header, String value) {
        deny(reason);
        answer(problem, header, value);
    }

    /** As {@link #answer(Problem)}, with {@code header} set on the answer. */
    public void answer(Problem problem, CharSequence header, String value) {
        ctx.response().putHeader(header, value);
        answer(problem);
    }

    /** Answers with {@code problem}, for the request's path. */
    public void answer(Problem problem) {
        HttpServerResponse response = ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        try {
            response.end(JSON.writeValueAsString(problem.withInstance(path())));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
