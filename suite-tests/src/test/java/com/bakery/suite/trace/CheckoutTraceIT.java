package com.bakery.suite.trace;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.simulators.otlp.ReceivedSpan;
import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One card checkout, followed in one trace: the gateway's edge, sales' saga, inventory's reservation, payments and
 * its call to the provider, JDBC and Redis; then, after the buyer pays, the provider's webhook confirmed in the same
 * trace, and the payment event on the Redis Stream that completed the sale. Every span's parent is in the trace.
 */
@ExtendWith(Suite.class)
class CheckoutTraceIT {

    @Test
    void aCardCheckoutIsOneTraceFromTheTillToThePaymentEventThatCompletedIt() throws IOException {
        Bakery bakery = Bakery.fresh("traced");
        long flour = bakery.material("Flour", "kg", 0);
        bakery.receive(flour, "10", 100);
        long bread = bakery.product("Bread", 300, "BRL");
        bakery.produce(bakery.recipe("Bread", bread, 10, "{\"materialId\":" + flour + ",\"quantity\":1}"), 1);

        String requestId = "trace-" + UUID.randomUUID();
        Response checkout = bakery.as("cashier").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Request-Id", requestId)
                .body("{\"lines\":[{\"productId\":" + bread + ",\"quantity\":2}],\"payment\":{\"method\":\"CARD\"}}")
                .post("/api/sales/checkout");
        assertEquals(202, checkout.statusCode(), checkout.asString());
        String saleId = checkout.path("id");
        String link = URI.create(checkout.<String>path("checkoutUrl")).getPath();
        given().baseUri(Suite.infinitePayUrl()).contentType("application/json").body("{\"deliveries\":1}")
                .post("/__sim/links/" + link.substring(link.lastIndexOf('/') + 1) + "/pay").then().statusCode(200);
        await("sale " + saleId + " completed").atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(
                bakery.as("cashier").get("/api/sales/sales/" + saleId).then().statusCode(200).extract().path("status")));

        // the trace the request began at the gateway, named by its request id
        String traceId = await("the gateway's span of request " + requestId).atMost(Duration.ofSeconds(30))
                .until(() -> Suite.traces().spans().stream().filter(s -> requestId.equals(s.attribute(
                        "bakery.request_id")) && s.service().equals("agent-gateway")).map(ReceivedSpan::traceId)
                        .findFirst().orElse(null), id -> id != null);
        List<ReceivedSpan> trace = await("the whole trace " + traceId).atMost(Duration.ofSeconds(30))
                .until(() -> Suite.traces().trace(traceId), CheckoutTraceIT::completed);

        List<ReceivedSpan> roots = trace.stream().filter(ReceivedSpan::root).toList();
        assertEquals(1, roots.size(), "one root: " + roots);
        assertEquals("agent-gateway", roots.get(0).service());
        assertEquals("SERVER", roots.get(0).kind());
        assertEquals(Set.of("agent-gateway", "sales-service", "inventory-service", "payments-service"),
                trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet()));
        assertTrue(trace.stream().anyMatch(s -> s.service().equals("sales-service") && requestId.equals(
                s.attribute("bakery.request_id"))), "sales' span carries the request id");
        assertTrue(trace.stream().anyMatch(s -> "postgresql".equals(s.attribute("db.system"))
                || "postgresql".equals(s.attribute("db.system.name"))), "JDBC spans");
        assertTrue(trace.stream().anyMatch(s -> "redis".equals(s.attribute("db.system"))
                || "redis".equals(s.attribute("db.system.name"))), "Redis spans");
        assertTrue(trace.stream().anyMatch(s -> s.service().equals("payments-service") && s.kind().equals("CLIENT")
                && String.valueOf(s.attribute("url.full")).startsWith(Suite.infinitePayUrl())),
                "payments' call to the provider");

        // the webhook came outside any trace: its confirmation joined this one, linked to the webhook's request
        ReceivedSpan webhook = only(trace, s -> s.name().equals("payments webhook confirm"));
        assertFalse(webhook.links().isEmpty(), "linked to the webhook's request");
        Map<String, ReceivedSpan> all = Suite.traces().spans().stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
        ReceivedSpan delivery = all.get(webhook.links().get(0));
        assertTrue(delivery != null && delivery.service().equals("payments-service")
                && String.valueOf(delivery.attribute("url.path")).contains("/webhooks/"), "the webhook: " + delivery);
        // the captured event, read from the stream under the webhook's confirmation, completed the sale
        ReceivedSpan event = only(trace, s -> s.name().equals("sales payment-event payments.payment.captured"));
        assertTrue(ancestors(event, trace).contains(webhook.spanId()), "the event follows the confirmation");
        assertTrue(trace.stream().anyMatch(s -> s.service().equals("inventory-service") && s.kind().equals("SERVER")
                && ancestors(s, trace).contains(event.spanId())), "the stock committed under the event");

        // and a log line of it is found by its trace id: sales' line of the completed sale
        String salesLog = Files.readString(Path.of("target", "suite-logs", "sales-service.log"));
        String line = salesLog.lines().filter(l -> l.contains(traceId) && l.contains("Sale " + saleId + " completed"))
                .findFirst().orElseThrow(() -> new AssertionError("sales logged no completion with trace " + traceId));
        JsonPath logged = JsonPath.from(line);
        assertEquals(traceId, logged.getString("mdc.traceId"), line);
        assertEquals("sales-service", logged.getString("service"), line);

        // the business metrics counted it, on the management port (never routed by the gateway)
        String sales = metric("sales-service",
                "bakery_checkouts_total{method=\"card\",outcome=\"completed\",reason=\"none\"}");
        String payments = metric("payments-service",
                "bakery_payments_total{outcome=\"captured\",provider=\"infinitypay\",reason=\"none\"}");
        String step = metric("sales-service", "bakery_saga_step_seconds_count{class=");
        System.out.printf("trace %s%n%s%nlog: %s%nmetrics:%n  %s%n  %s%n  %s%n", traceId, tree(trace), line, sales,
                payments, step);
    }

    /** The line of {@code module}'s Prometheus metrics that starts with {@code series}; its value is at least 1. */
    private static String metric(String module, String series) {
        String found = given().baseUri(Suite.managementUrl(module)).get("/q/metrics").then().statusCode(200).extract()
                .asString().lines().filter(l -> l.startsWith(series)).findFirst()
                .orElseThrow(() -> new AssertionError(module + " publishes no " + series));
        assertTrue(Double.parseDouble(found.substring(found.lastIndexOf(' ') + 1)) >= 1, found);
        return found;
    }

    private static String tree(List<ReceivedSpan> trace) {
        StringBuilder out = new StringBuilder();
        trace.stream().filter(ReceivedSpan::root).forEach(root -> tree(root, trace, 0, out));
        return out.toString();
    }

    private static void tree(ReceivedSpan span, List<ReceivedSpan> trace, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(span.service()).append(' ').append(span.kind()).append(' ')
                .append(span.name()).append('\n');
        trace.stream().filter(s -> s.parentSpanId().equals(span.spanId()))
                .forEach(child -> tree(child, trace, depth + 1, out));
    }

    @Test
    void metricsAndHealthAreNotReachableThroughThePublicEdge() {
        Bakery bakery = Bakery.fresh("edge");
        for (String path : List.of("/q/metrics", "/q/health", "/api/sales/q/metrics", "/api/payments/q/health/ready",
                "/api/inventory/../q/metrics")) {
            // signed in, so the gateway routes what it would route: nothing there answers metrics or health
            Response answer = bakery.as("manager").urlEncodingEnabled(false).get(path);
            assertEquals(404, answer.statusCode(), path + " answered " + answer.asString());
        }
        // while the management port serves them
        given().baseUri(Suite.managementUrl("sales-service")).get("/q/metrics").then().statusCode(200);
    }

    /** Every span's parent is in the trace, and the payment event's work has arrived. */
    private static boolean completed(List<ReceivedSpan> trace) {
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        boolean noOrphans = trace.stream().allMatch(s -> s.root() || ids.contains(s.parentSpanId()));
        boolean eventDone = trace.stream().anyMatch(s -> s.name().startsWith("sales payment-event"))
                && trace.stream().anyMatch(s -> s.service().equals("inventory-service") && String.valueOf(
                        s.attribute("url.path")).endsWith("/commit"));
        return noOrphans && eventDone;
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = trace.stream().filter(which).toList();
        assertEquals(1, found.size(), "spans found: " + found);
        return found.get(0);
    }

    private static Set<String> ancestors(ReceivedSpan span, List<ReceivedSpan> trace) {
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s));
        Set<String> up = new HashSet<>();
        for (ReceivedSpan at = byId.get(span.parentSpanId()); at != null; at = byId.get(at.parentSpanId())) {
            up.add(at.spanId());
        }
        return up;
    }
}
