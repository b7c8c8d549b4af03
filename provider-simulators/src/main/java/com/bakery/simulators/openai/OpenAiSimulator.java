package com.bakery.simulators.openai;

import com.bakery.simulators.Script;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.util.Base64;
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
    private final Script script = new Script();
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
        router.post("/__sim/answers").handler(ctx -> control(ctx, false));
        router.post("/__sim/faults").handler(ctx -> control(ctx, true));
        router.get("/__sim/requests").handler(ctx -> Script.json(ctx, 200,
                new JsonObject().put("items", new JsonArray(script.requests()))));
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

    public void reset() {
        script.reset();
    }

    /** The next answer: this label and confidence (same as {@code POST /__sim/answers}). */
    public void answerNext(String label, double confidence) {
        script.answer(new JsonObject().put("label", label).put("confidence", confidence)
                .put("alternatives", new JsonArray()));
    }

    /** The next {@code times} calls wait {@code delayMs}, then fail with {@code status} (0: answer normally). */
    public void failNext(int status, long delayMs, int times) {
        script.fail(status, delayMs, times);
    }

    /** The bodies of the requests received (the last 50), oldest first. */
    public java.util.List<JsonObject> requests() {
        return script.requests();
    }

    private void complete(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth == null || !auth.equals("Bearer " + apiKey)) {
            error(ctx, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
            return;
        }
        JsonObject body = Script.body(ctx);
        if (body == null) {
            error(ctx, 400, "We could not parse the JSON body of your request.", "invalid_request_error", null);
            return;
        }
        String problem = problemWith(body);
        if (problem != null) {
            error(ctx, 400, problem, "invalid_request_error", null);
            return;
        }
        Script.Next next = script.next(body);
        JsonArray labels = labels(body);
        JsonObject answer = next.answer() != null ? next.answer()
                : new JsonObject().put("label", labels.getString(0)).put("confidence", 0.5)
                        .put("alternatives", new JsonArray());
        Script.after(vertx, next.delayMs(), () -> {
            if (next.failed()) {
                int status = next.status();
                if (status == 429) {
                    ctx.response().putHeader("retry-after", "1");
                }
                error(ctx, status, status == 429 ? "Rate limit reached for requests." : "The server had an error.",
                        status == 429 ? "requests" : "server_error", null);
            } else {
                Script.json(ctx, 200, completion(body.getString("model"), answer.encode()));
            }
        });
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

    /** {@code POST /__sim/answers} (an answer) or {@code /__sim/faults} ({@code status}, {@code delayMs}), {@code times}. */
    private void control(RoutingContext ctx, boolean fault) {
        JsonObject body = Script.body(ctx);
        if (body == null) {
            Script.json(ctx, 400, new JsonObject().put("message", "a JSON object is required"));
            return;
        }
        int times = Math.max(1, body.getInteger("times", 1));
        if (fault) {
            script.fail(body.getInteger("status", 0), body.getLong("delayMs", 0L), times);
        } else {
            for (int i = 0; i < times; i++) {
                script.answer(body.copy());
            }
        }
        ctx.response().setStatusCode(204).end();
    }

    private static void error(RoutingContext ctx, int status, String message, String type, String code) {
        Script.json(ctx, status, new JsonObject().put("error", new JsonObject().put("message", message).put("type", type)
                .put("param", null).put("code", code)));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
