package com.bakery.simulators;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What a simulated API does next, as tests script it: answers (taken in order), faults (delays and failure
 * statuses, taken first), and the request bodies received (the last 50), for simulators of request/answer APIs.
 */
public final class Script {

    /** What one request gets: a fault (status 0 = none), and the scripted answer when it is not failed. */
    public record Next(int status, long delayMs, JsonObject answer) {

        public boolean failed() {
            return status > 0;
        }
    }

    private final Deque<JsonObject> answers = new ArrayDeque<>();
    private final Deque<JsonObject> faults = new ArrayDeque<>();
    private final Deque<JsonObject> requests = new ArrayDeque<>();

    public synchronized void answer(JsonObject answer) {
        answers.addLast(answer);
    }

    /** The next {@code times} requests wait {@code delayMs}, then fail with {@code status} (0: answer normally). */
    public synchronized void fail(int status, long delayMs, int times) {
        for (int i = 0; i < times; i++) {
            faults.addLast(new JsonObject().put("status", status).put("delayMs", delayMs));
        }
    }

    /** Records the request and takes what it gets: its fault if any, else the next scripted answer (or null). */
    public synchronized Next next(JsonObject request) {
        requests.addLast(request);
        while (requests.size() > 50) {
            requests.removeFirst();
        }
        JsonObject fault = faults.pollFirst();
        int status = fault == null ? 0 : fault.getInteger("status", 0);
        long delay = fault == null ? 0 : fault.getLong("delayMs", 0L);
        return new Next(status, delay, status > 0 ? null : answers.pollFirst());
    }

    public synchronized List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    public synchronized void reset() {
        answers.clear();
        faults.clear();
        requests.clear();
    }

    /** Runs {@code reply} after {@code delayMs}, on the event loop. */
    public static void after(Vertx vertx, long delayMs, Runnable reply) {
        if (delayMs > 0) {
            vertx.setTimer(delayMs, id -> reply.run());
        } else {
            reply.run();
        }
    }

    /** The request's JSON object body, or null when it is not one. */
    public static JsonObject body(RoutingContext ctx) {
        try {
            return ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    public static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
