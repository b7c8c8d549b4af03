package com.bakery.simulators.gemini;

import com.bakery.simulators.Script;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local Gemini {@code generateContent} ({@code POST /v1beta/models/{model}:generateContent}, key in
 * {@code x-goog-api-key}): checks the key and the request's shape (contents with roles and parts, function
 * declarations), and answers turn by turn from a script (a function call, or text, with a token count), in the
 * API's envelope and error shapes. Unscripted, it answers text that quotes the last function response. Faults:
 * the next calls slow, or failing with a status. The requests received are kept for tests to read.
 */
public final class GeminiSimulator implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final String apiKey;
    private final Script script = new Script();
    private HttpServer server;

    public GeminiSimulator(String apiKey) {
        this.apiKey = apiKey;
    }

    public String start(int port) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(4L * 1024 * 1024));
        router.postWithRegex("/v1beta/models/([^/:]+):generateContent").handler(this::generate);
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Gemini simulator could not listen on port " + port, e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** The next turn: the model calls this function with these arguments. */
    public void callNext(String name, JsonObject args) {
        callNext(name, args, 100);
    }

    public void callNext(String name, JsonObject args, int tokens) {
        script.answer(new JsonObject().put("functionCall", new JsonObject().put("name", name).put("args", args))
                .put("tokens", tokens));
    }

    /** The next turn: the model answers this text, having used {@code tokens} tokens. */
    public void answerNext(String text, int tokens) {
        script.answer(new JsonObject().put("text", text).put("tokens", tokens));
    }

    /** The next {@code times} calls wait {@code delayMs}, then fail with {@code status} (0: answer normally). */
    public void failNext(int status, long delayMs, int times) {
        script.fail(status, delayMs, times);
    }

    public List<JsonObject> requests() {
        return script.requests();
    }

    public void reset() {
        script.reset();
    }

    private void generate(RoutingContext ctx) {
        if (!apiKey.equals(ctx.request().getHeader("x-goog-api-key"))) {
            error(ctx, 400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT");
            return;
        }
        JsonObject body = Script.body(ctx);
        String problem = body == null ? "Invalid JSON payload received." : problemWith(body);
        if (problem != null) {
            error(ctx, 400, problem, "INVALID_ARGUMENT");
            return;
        }
        Script.Next next = script.next(body);
        Script.after(vertx, next.delayMs(), () -> {
            if (next.failed()) {
                int status = next.status();
                error(ctx, status, status == 429 ? "Resource has been exhausted (e.g. check quota)."
                        : "An internal error has occurred.", status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL");
            } else {
                Script.json(ctx, 200, response(next.answer() != null ? next.answer() : unscripted(body)));
            }
        });
    }

    /** What the real API refuses with 400 INVALID_ARGUMENT in the parts the suite sends; null when fine. */
    private static String problemWith(JsonObject body) {
        if (!(body.getValue("contents") instanceof JsonArray contents) || contents.isEmpty()) {
            return "* GenerateContentRequest.contents: contents is not specified";
        }
        for (Object c : contents) {
            if (!(c instanceof JsonObject content) || !(content.getValue("parts") instanceof JsonArray parts)
                    || parts.isEmpty()) {
                return "* GenerateContentRequest.contents: contents.parts must not be empty.";
            }
            String role = content.getString("role", "user");
            if (!role.equals("user") && !role.equals("model")) {
                return "Please use a valid role: user, model.";
            }
        }
        if (body.getValue("tools") instanceof JsonArray tools) {
            for (Object t : tools) {
                JsonArray declarations = t instanceof JsonObject tool ? tool.getJsonArray("functionDeclarations") : null;
                if (declarations != null) {
                    for (Object d : declarations) {
                        if (!(d instanceof JsonObject declaration) || declaration.getString("name", "").isBlank()) {
                            return "* GenerateContentRequest.tools[0].function_declarations: name is required";
                        }
                    }
                }
            }
        }
        return null;
    }

    private static JsonObject unscripted(JsonObject request) {
        JsonArray contents = request.getJsonArray("contents");
        JsonObject last = contents.getJsonObject(contents.size() - 1);
        for (Object p : last.getJsonArray("parts")) {
            if (p instanceof JsonObject part && part.containsKey("functionResponse")) {
                return new JsonObject().put("text", "Here is what I found: "
                        + part.getJsonObject("functionResponse").getJsonObject("response").encode()).put("tokens", 150);
            }
        }
        return new JsonObject().put("text", "I need one of my tools to answer that.").put("tokens", 50);
    }

    private static JsonObject response(JsonObject turn) {
        JsonObject part = turn.containsKey("functionCall")
                ? new JsonObject().put("functionCall", turn.getJsonObject("functionCall"))
                : new JsonObject().put("text", turn.getString("text"));
        int tokens = turn.getInteger("tokens", 100);
        return new JsonObject()
                .put("candidates", new JsonArray().add(new JsonObject()
                        .put("content", new JsonObject().put("role", "model").put("parts", new JsonArray().add(part)))
                        .put("finishReason", "STOP").put("index", 0)))
                .put("usageMetadata", new JsonObject().put("promptTokenCount", tokens - 20)
                        .put("candidatesTokenCount", 20).put("totalTokenCount", tokens))
                .put("modelVersion", "gemini-sim");
    }

    private static void error(RoutingContext ctx, int status, String message, String code) {
        Script.json(ctx, status, new JsonObject().put("error", new JsonObject().put("code", status).put("message", message)
                .put("status", code)));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
