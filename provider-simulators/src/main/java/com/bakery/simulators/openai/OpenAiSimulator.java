package com.bakery.simulators.openai;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local OpenAI-compatible chat-completions API for vision requests: {@code POST /v1/chat/completions} checks
 * the bearer key and the request's shape (a user message with an {@code image_url} data URL that decodes, a
 * {@code json_schema} response format whose {@code label} is an enum), and answers with the JSON the schema asks
 * for, in the API's envelope and error shapes. Controls under {@code /__sim}: script the next answers, make the
 * next calls slow or failing (with {@code retry-after} on 429), read the requests received, reset.
 */
public final class OpenAiSimulator implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final String apiKey;
    private final Deque<JsonObject> answers = new ArrayDeque<>();
    private final Deque<JsonObject> faults = new ArrayDeque<>();
    private final Deque<JsonObject> requests = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private HttpServer server;

    public OpenAiSimulator(String apiKey) {
        this.apiKey = apiKey;
    }

    /** Listens on 127.0.0.1 ({@code port} 0 picks a free one); returns the base URL. */
    public String start(int port) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(20L * 1024 * 1024));
        router.post("/v1/chat/completions").handler(this::complete);
        router.post("/__sim/answers").handler(ctx -> control(ctx, answers));
        router.post("/__sim/faults").handler(ctx -> control(ctx, faults));
        router.get("/__sim/requests").handler(ctx -> {
            synchronized (this) {
                json(ctx, 200, new JsonObject().put("items", new JsonArray(requests.stream().toList())));
            }
        });
        router.post("/__sim/reset").handler(ctx -> {
            reset();
            ctx.response().setStatusCode(204).end();
        });
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("OpenAI simulator could not listen on port " + port, e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    public synchronized void reset() {
        answers.clear();
        faults.clear();
        requests.clear();
    }

    /** The next answer: this label and confidence (same as {@code POST /__sim/answers}). */
    public synchronized void answerNext(String label, double confidence) {
        answers.addLast(new JsonObject().put("label", label).put("confidence", confidence)
                .put("alternatives", new JsonArray()));
    }

    /** The next {@code times} calls wait {@code delayMs}, then fail with {@code status} (0: answer normally). */
    public synchronized void failNext(int status, long delayMs, int times) {
        for (int i = 0; i < times; i++) {
            faults.addLast(new JsonObject().put("status", status).put("delayMs", delayMs));
        }
    }

    /** The bodies of the requests received (the last 50), oldest first. */
    public synchronized java.util.List<JsonObject> requests() {
        return java.util.List.copyOf(requests);
    }

    private void complete(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth == null || !auth.equals("Bearer " + apiKey)) {
            error(ctx, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
            return;
        }
        JsonObject body = jsonBody(ctx);
        if (body == null) {
            error(ctx, 400, "We could not parse the JSON body of your request.", "invalid_request_error", null);
            return;
        }
        String problem = problemWith(body);
        if (problem != null) {
            error(ctx, 400, problem, "invalid_request_error", null);
            return;
        }
        JsonObject fault;
        JsonObject scripted;
        synchronized (this) {
            requests.addLast(body);
            while (requests.size() > 50) {
                requests.removeFirst();
            }
            fault = faults.pollFirst();
            scripted = fault != null && fault.getInteger("status", 0) > 0 ? null : answers.pollFirst();
        }
        JsonArray labels = labels(body);
        JsonObject answer = scripted != null ? scripted
                : new JsonObject().put("label", labels.getString(0)).put("confidence", 0.5)
                        .put("alternatives", new JsonArray());
        Runnable reply = () -> {
            if (fault != null && fault.getInteger("status", 0) > 0) {
                int status = fault.getInteger("status");
                if (status == 429) {
                    ctx.response().putHeader("retry-after", "1");
                }
                error(ctx, status, status == 429 ? "Rate limit reached for requests." : "The server had an error.",
                        status == 429 ? "requests" : "server_error", null);
            } else {
                json(ctx, 200, completion(body.getString("model"), answer.encode()));
            }
        };
        long delay = fault == null ? 0 : fault.getLong("delayMs", 0L);
        if (delay > 0) {
            vertx.setTimer(delay, id -> reply.run());
        } else {
            reply.run();
        }
    }

    /** What the real API would refuse with a 400 in a vision request with a JSON schema; null when it is fine. */
    private static String problemWith(JsonObject body) {
        if (!(body.getValue("model") instanceof String)) {
            return "you must provide a model parameter";
        }
        if (!(body.getValue("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            return "'messages' must be a non-empty array";
        }
        boolean image = false;
        for (Object m : messages) {
            if (m instanceof JsonObject message && message.getValue("content") instanceof JsonArray parts) {
                for (Object p : parts) {
                    if (p instanceof JsonObject part && "image_url".equals(part.getString("type"))) {
                        String url = part.getJsonObject("image_url", new JsonObject()).getString("url", "");
                        if (!validDataUrl(url)) {
                            return "Invalid image_url: expected a base64 data URL of an image.";
                        }
                        image = true;
                    }
                }
            }
        }
        if (!image) {
            return "This simulator answers vision requests only: no image_url part found.";
        }
        if (labels(body).isEmpty()) {
            return "response_format must be a json_schema whose 'label' property has an enum.";
        }
        return null;
    }

    private static boolean validDataUrl(String url) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:image/") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(url.substring(comma + 1)).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonArray labels(JsonObject body) {
        try {
            JsonArray labels = body.getJsonObject("response_format").getJsonObject("json_schema")
                    .getJsonObject("schema").getJsonObject("properties").getJsonObject("label").getJsonArray("enum");
            return labels == null ? new JsonArray() : labels;
        } catch (RuntimeException e) {
            return new JsonArray();
        }
    }

    private JsonObject completion(String model, String content) {
        return new JsonObject().put("id", "chatcmpl-sim-" + ids.incrementAndGet()).put("object", "chat.completion")
                .put("created", Instant.now().getEpochSecond()).put("model", model)
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0)
                        .put("message", new JsonObject().put("role", "assistant").put("content", content)
                                .putNull("refusal"))
                        .put("finish_reason", "stop")))
                .put("usage", new JsonObject().put("prompt_tokens", 120).put("completion_tokens", 30)
                        .put("total_tokens", 150));
    }

    private void control(RoutingContext ctx, Deque<JsonObject> queue) {
        JsonObject body = jsonBody(ctx);
        if (body == null) {
            json(ctx, 400, new JsonObject().put("message", "a JSON object is required"));
            return;
        }
        int times = Math.max(1, body.getInteger("times", 1));
        synchronized (this) {
            for (int i = 0; i < times; i++) {
                queue.addLast(body.copy());
            }
        }
        ctx.response().setStatusCode(204).end();
    }

    private static JsonObject jsonBody(RoutingContext ctx) {
        try {
            return ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    private static void error(RoutingContext ctx, int status, String message, String type, String code) {
        json(ctx, status, new JsonObject().put("error", new JsonObject().put("message", message).put("type", type)
                .put("param", null).put("code", code)));
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
