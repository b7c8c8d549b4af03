package com.bakery.simulators.infinitepay;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local InfinitePay Integrated Checkout: {@code POST /links} and {@code POST /payment_check} with the provider's
 * bodies and error shapes, the {@code paymentApproved} webhook, and control endpoints under {@code /__sim} to pay a
 * link, decline it, deliver its webhook again (twice, late, or with a forged body), and make the provider slow or
 * failing. {@code GET /<handle>/<slug>} is a checkout page with Pay and Decline buttons, for a person at a demo.
 */
public final class InfinitePaySimulator implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Answered 400, a delivery is made again after these pauses (the provider publishes no schedule). */
    private static final long[] REDELIVERY_PAUSES_MS = { 500, 1_000, 2_000, 4_000, 8_000 };

    private final Vertx vertx;
    private final WebClient client;
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private HttpServer server;
    private String baseUrl;

    public InfinitePaySimulator() {
        this.vertx = Vertx.vertx();
        this.client = WebClient.create(vertx);
    }

    /** Starts listening on 127.0.0.1 ({@code port} 0 picks a free one) and returns the base URL. */
    public String start(int port) {
        return start(port, "127.0.0.1");
    }

    /** Starts listening on {@code host} ({@code port} 0 picks a free one) and returns the base URL. */
    public String start(int port, String host) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(1024 * 1024));
        router.post("/links").handler(ctx -> withFault("links", ctx, this::createLink));
        router.post("/payment_check").handler(ctx -> withFault("payment_check", ctx, this::paymentCheck));
        router.post("/__sim/reset").handler(ctx -> {
            reset();
            ctx.response().setStatusCode(204).end();
        });
        router.post("/__sim/faults").handler(this::addFault);
        router.get("/__sim/links").handler(this::listLinks);
        router.get("/__sim/links/:slug").handler(ctx -> withLink(ctx, link -> json(ctx, 200, link.toJson())));
        router.post("/__sim/links/:slug/pay").handler(ctx -> withLink(ctx, link -> pay(ctx, link)));
        router.post("/__sim/links/:slug/decline").handler(ctx -> withLink(ctx, link -> decline(ctx, link)));
        router.post("/__sim/links/:slug/deliver").handler(ctx -> withLink(ctx, link -> redeliver(ctx, link)));
        router.get("/:handle/:slug").handler(ctx -> withLink(ctx, link -> checkoutPage(ctx, link)));
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, host)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("InfinitePay simulator could not listen on port " + port, e);
        }
        baseUrl = "http://" + host + ":" + server.actualPort();
        return baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void reset() {
        links.clear();
        faults.clear();
    }

    /** The next {@code times} calls to {@code path} ("links" or "payment_check") wait and/or fail with a status. */
    public void fault(String path, int status, long delayMs, int times) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Fault(status, delayMs, times));
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    // --- the provider's API ---

    private void createLink(RoutingContext ctx) {
        JsonObject body = body(ctx);
        if (body == null) {
            return;
        }
        String handle = body.getValue("handle") instanceof String h && !h.isBlank() ? h : null;
        if (handle == null) {
            invalid(ctx, "handle");
            return;
        }
        JsonArray items = body.getValue("items") instanceof JsonArray a && !a.isEmpty() ? a : null;
        if (items == null) {
            invalid(ctx, "items");
            return;
        }
        long amount = 0;
        for (Object item : items) {
            if (!(item instanceof JsonObject i) || !(i.getValue("quantity") instanceof Integer q) || q < 1
                    || !(i.getValue("price") instanceof Integer p) || p < 1
                    || !(i.getValue("description") instanceof String d) || d.isBlank()) {
                invalid(ctx, "items");
                return;
            }
            amount += (long) q * p;
        }
        String slug = random(5);
        String checkoutUrl = baseUrl + "/" + handle + "/" + slug;
        Link link = new Link(slug, handle, body.getString("order_nsu", random(8)), (int) amount, items,
                body.getString("webhook_url"), body.getString("redirect_url"), checkoutUrl);
        links.put(slug, link);
        json(ctx, 200, new JsonObject().put("checkout_url", checkoutUrl));
    }

    private void paymentCheck(RoutingContext ctx) {
        JsonObject body = body(ctx);
        if (body == null) {
            return;
        }
        for (String field : new String[] { "handle", "order_nsu", "transaction_nsu", "slug" }) {
            if (!(body.getValue(field) instanceof String s) || s.isBlank()) {
                invalid(ctx, field);
                return;
            }
        }
        Link link = links.get(body.getString("slug"));
        if (link == null || !link.handle.equals(body.getString("handle"))
                || !link.orderNsu.equals(body.getString("order_nsu"))) {
            json(ctx, 404, new JsonObject().put("success", false).put("message", "Not found"));
            return;
        }
        synchronized (link) {
            boolean paid = link.status == Link.Status.PAID && link.transactionNsu.equals(body.getString("transaction_nsu"));
            json(ctx, 200, new JsonObject().put("success", true).put("paid", paid)
                    .put("amount", paid ? link.chargedAmount : link.amount)
                    .put("paid_amount", paid ? link.paidAmount : 0)
                    .put("installments", paid ? link.installments : 0)
                    .put("capture_method", paid ? link.captureMethod : null));
        }
    }

    // --- control ---

    /** Body (all optional): captureMethod, installments, amount (what the provider reports as charged),
     *  paidAmount, deliveries (how many times the webhook is sent, default 1), delayMs (before the first one). */
    private void pay(RoutingContext ctx, Link link) {
        JsonObject body = ctx.body().length() <= 0 ? new JsonObject() : body(ctx);
        if (body == null) {
            return;
        }
        synchronized (link) {
            link.status = Link.Status.PAID;
            link.transactionNsu = link.transactionNsu != null ? link.transactionNsu : "tx-" + random(8);
            link.captureMethod = body.getString("captureMethod", "credit_card");
            link.installments = body.getInteger("installments", 1);
            link.chargedAmount = body.getInteger("amount", link.amount);
            link.paidAmount = body.getInteger("paidAmount", link.chargedAmount);
            link.receiptUrl = baseUrl + "/receipts/" + link.transactionNsu;
        }
        deliverThenAnswer(ctx, link, link.webhookBody(), body.getInteger("deliveries", 1), body.getLong("delayMs", 0L));
    }

    private void decline(RoutingContext ctx, Link link) {
        synchronized (link) {
            link.status = Link.Status.DECLINED;
        }
        json(ctx, 200, link.toJson());
    }

    /** Body (all optional): body (fields that replace the real webhook's, e.g. a forged amount), times, delayMs. */
    private void redeliver(RoutingContext ctx, Link link) {
        JsonObject body = ctx.body().length() <= 0 ? new JsonObject() : body(ctx);
        if (body == null) {
            return;
        }
        JsonObject webhook = link.webhookBody().mergeIn(body.getJsonObject("body", new JsonObject()));
        deliverThenAnswer(ctx, link, webhook, body.getInteger("times", 1), body.getLong("delayMs", 0L));
    }

    /** Delivers now and answers with the link once the deliveries are done; a delayed delivery answers at once. */
    private void deliverThenAnswer(RoutingContext ctx, Link link, JsonObject webhook, int times, long delayMs) {
        if (link.webhookUrl == null || times < 1) {
            json(ctx, 200, link.toJson());
            return;
        }
        if (delayMs > 0) {
            vertx.setTimer(delayMs, id -> deliverTimes(link, webhook, times));
            json(ctx, 202, link.toJson());
            return;
        }
        deliverTimes(link, webhook, times).onComplete(done -> json(ctx, 200, link.toJson()));
    }

    private Future<Void> deliverTimes(Link link, JsonObject webhook, int times) {
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < times; i++) {
            chain = chain.compose(v -> deliver(link, webhook, 0));
        }
        return chain;
    }

    /** POSTs the webhook; a 400 answer asks for another delivery, as the provider does. */
    private Future<Void> deliver(Link link, JsonObject webhook, int attempt) {
        Promise<Void> done = Promise.promise();
        client.postAbs(link.webhookUrl).timeout(5000).sendJsonObject(webhook).onComplete(result -> {
            int status = result.succeeded() ? result.result().statusCode() : 0;
            synchronized (link) {
                link.deliveries.add(new JsonObject().put("at", Instant.now().toString()).put("status", status)
                        .put("transaction_nsu", webhook.getString("transaction_nsu")));
            }
            if (status == 400 && attempt < REDELIVERY_PAUSES_MS.length) {
                vertx.setTimer(REDELIVERY_PAUSES_MS[attempt], id -> deliver(link, webhook, attempt + 1)
                        .onComplete(done));
            } else {
                done.complete();
            }
        });
        return done.future();
    }

    private void addFault(RoutingContext ctx) {
        JsonObject body = body(ctx);
        if (body == null) {
            return;
        }
        String path = body.getString("path", "");
        if (!path.equals("links") && !path.equals("payment_check")) {
            json(ctx, 400, new JsonObject().put("message", "path must be links or payment_check"));
            return;
        }
        fault(path, body.getInteger("status", 0), body.getLong("delayMs", 0L), body.getInteger("times", 1));
        ctx.response().setStatusCode(204).end();
    }

    private void listLinks(RoutingContext ctx) {
        String orderNsu = ctx.request().getParam("order_nsu");
        JsonArray items = new JsonArray();
        links.values().stream().filter(l -> orderNsu == null || l.orderNsu.equals(orderNsu))
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt)).forEach(l -> items.add(l.toJson()));
        json(ctx, 200, new JsonObject().put("items", items));
    }

    private void checkoutPage(RoutingContext ctx, Link link) {
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><title>InfinitePay simulator</title></head>
                <body style="font-family:sans-serif;max-width:28em;margin:3em auto">
                <h1>R$ %d,%02d</h1><p>to <b>$%s</b> (simulated checkout, order %s): %s</p>
                <form method="post" action="/__sim/links/%s/pay"><button>Pay</button></form>
                <form method="post" action="/__sim/links/%s/decline"><button>Decline</button></form>
                </body></html>""".formatted(link.amount / 100, link.amount % 100, link.handle, link.orderNsu,
                link.status, link.slug, link.slug);
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }

    // --- helpers ---

    private void withFault(String path, RoutingContext ctx, java.util.function.Consumer<RoutingContext> handler) {
        Fault fault = nextFault(path);
        if (fault == null) {
            handler.accept(ctx);
            return;
        }
        Runnable act = () -> {
            if (fault.status() > 0) {
                json(ctx, fault.status(), new JsonObject().put("success", false).put("message", "Simulated failure"));
            } else {
                handler.accept(ctx);
            }
        };
        if (fault.delayMs() > 0) {
            vertx.setTimer(fault.delayMs(), id -> act.run());
        } else {
            act.run();
        }
    }

    private Fault nextFault(String path) {
        Deque<Fault> queue = faults.get(path);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            Fault head = queue.peek();
            if (head == null) {
                return null;
            }
            queue.poll();
            if (head.times() > 1) {
                queue.push(new Fault(head.status(), head.delayMs(), head.times() - 1));
            }
            return head;
        }
    }

    private void withLink(RoutingContext ctx, java.util.function.Consumer<Link> action) {
        Link link = links.get(ctx.pathParam("slug"));
        if (link == null) {
            json(ctx, 404, new JsonObject().put("success", false).put("message", "Not found"));
        } else {
            action.accept(link);
        }
    }

    private static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject object = ctx.body().asJsonObject();
            if (object != null) {
                return object;
            }
        } catch (DecodeException | ClassCastException e) {
            // answered below
        }
        json(ctx, 400, new JsonObject().put("success", false).put("message", "invalid JSON body"));
        return null;
    }

    private static void invalid(RoutingContext ctx, String field) {
        json(ctx, 400, new JsonObject().put("success", false)
                .put("message", "param is missing or the value is empty or invalid: " + field));
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
