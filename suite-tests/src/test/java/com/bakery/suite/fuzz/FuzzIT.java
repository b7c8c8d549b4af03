package com.bakery.suite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bakery.suite.Bakery;
import com.bakery.suite.Suite;
import com.bakery.testing.TestTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000+ malformed or hostile requests across every endpoint, through the gateway: bad JSON, wrong types, huge and
 * negative numbers, unicode, SQL and script injection, oversize bodies, missing, forged, expired and tampered tokens,
 * a role that may not, and another tenant's ids. Every request is one that must be refused, so: no 5xx, no stack
 * trace in any body, every write refused with a 4xx, and not one row of either tenant changed in any schema.
 */
@ExtendWith(Suite.class)
class FuzzIT {

    private static final int REQUESTS = 10_000;
    private static final long SEED = 20261123L;
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat |Exception:|java\\.lang\\.|org\\.hibernate|io\\.vertx\\.core|PSQLException|SQLState|\\.java:\\d+");

    static final List<Object> HOSTILE = List.of("'; DROP TABLE material; --", "1 OR 1=1", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "{{7*7}}",
            "\u202e\u0000\uffff", "😀🥐".repeat(50), "ﬀ\uD800", "", " ", "null", "NaN", "-0", "1e400",
            "99999999999999999999999999", true, false, List.of(), List.of(1, "a"), Map.of("$gt", ""),
            Map.of("nested", Map.of("deep", List.of())), -1, 0, -9223372036854775807L, 9223372036854775807L,
            1e308, -1e-308, 3.14159, "x".repeat(10_000));
    static final List<String> HOSTILE_IDS = List.of("abc", "-1", "0", "1e3", "99999999999999999999", "1 OR 1=1",
            "'; DROP TABLE sale; --", "../../admin/users", "%00", "😀", "<script>", "null", "1.5", " 1",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-fffffffffffffff");
    static final List<String> BAD_JSON = List.of("{", "}", "[", "{\"a\":", "nul", "{\"name\": 'x'}", "\u0000",
            "<xml/>", "{\"a\":1,}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":\"\\uD800\"}",
            "{\"quantity\": 1e999999}", "\"just a string\"", "12", "{\"lines\": {\"productId\": []}}");

    /** One body, shared, over the gateway's 10 MB limit. */
    private static final byte[] OVERSIZE = ("{\"name\":\"" + "x".repeat(13 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    /** An endpoint, a body of the right shape, and one field value that alone makes the body invalid. */
    record Endpoint(String method, String path, Map<String, Object> body, String breakField, Object breakValue,
            String role) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void tenThousandHostileRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        Bakery attacker = Bakery.fresh("fuzz-attacker");
        Bakery victim = Bakery.fresh("fuzz-victim");
        Map<String, String> mine = seed(attacker);
        Map<String, String> theirs = seed(victim);
        List<Endpoint> endpoints = endpoints();
        TableChecksums.awaitOutboxesDrained(List.of(attacker.tenant(), victim.tenant()));
        Map<String, String> before = TableChecksums.of(List.of(attacker.tenant(), victim.tenant()));

        Random random = new Random(SEED);
        List<HttpRequest> requests = new ArrayList<>();
        while (requests.size() < REQUESTS) {
            Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
            requests.add(mutate(e, random, attacker, victim, mine, theirs));
        }
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        for (HttpRequest request : requests) {
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    sent.incrementAndGet();
                    statuses.merge(r.statusCode() / 100 + "xx", 1, Integer::sum);
                    boolean write = !request.method().equals("GET");
                    if (r.statusCode() >= 500 || (write && (r.statusCode() < 400))
                            || STACK_TRACE.matcher(r.body()).find()) {
                        failures.add(request.method() + " " + request.uri() + " -> " + r.statusCode() + " "
                                + r.body().substring(0, Math.min(300, r.body().length())));
                    }
                } catch (java.io.IOException ex) {
                    // a server may answer an oversize body with 413 and close the connection while the client is
                    // still sending it, so the client sees the close: refused either way
                    boolean oversize = request.bodyPublisher().map(p -> p.contentLength() > OVERSIZE.length - 1)
                            .orElse(false);
                    sent.incrementAndGet();
                    if (!oversize) {
                        failures.add(request.method() + " " + request.uri() + " -> " + ex);
                    } else {
                        statuses.merge("closed (oversize)", 1, Integer::sum);
                    }
                } catch (Exception ex) {
                    failures.add(request.method() + " " + request.uri() + " -> " + ex);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES));
        System.out.printf("fuzz: %d requests in %.1f s, %s%n", sent.get(), (System.nanoTime() - started) / 1e9,
                statuses);

        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " requests answered badly");
        assertEquals(REQUESTS, sent.get());
        assertEquals(List.of(), TableChecksums.differences(before, TableChecksums.of(List.of(attacker.tenant(),
                victim.tenant()))), "rows changed");
        attacker.as("auditor").get("/api/admin/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    /** Each tenant's bakery day, and the ids a request can aim at. */
    private static Map<String, String> seed(Bakery bakery) {
        bakery.aBakeryDay();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("material", first(bakery, "/api/inventory/materials", "id"));
        ids.put("product", first(bakery, "/api/inventory/products", "id"));
        ids.put("recipe", first(bakery, "/api/inventory/recipes", "id"));
        ids.put("sale", first(bakery, "/api/sales/sales", "id"));
        ids.put("payment", first(bakery, "/api/payments/payments", "id"));
        ids.put("user", String.valueOf(bakery.as("admin").body(Map.of("username", "clerk@" + bakery.tenant(),
                "password", "a long enough password", "roles", List.of("cashier"))).post("/api/admin/users").then()
                .statusCode(201).extract().path("id").toString()));
        return ids;
    }

    private static String first(Bakery bakery, String path, String field) {
        Object value = bakery.as("manager").get(path).then().statusCode(200).extract().path("items[0]." + field);
        return String.valueOf(value);
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/inventory/materials", Map.of("name", "Rye", "unit", "kg",
                        "minimumQuantity", 1), "unit", "parsec", "manager"),
                new Endpoint("PUT", "/api/inventory/materials/{material}", Map.of("name", "Rye", "unit", "kg",
                        "minimumQuantity", 1), "minimumQuantity", -5, "manager"),
                new Endpoint("DELETE", "/api/inventory/materials/{material}", Map.of(), null, null, "cashier"),
                new Endpoint("GET", "/api/inventory/materials/{material}", Map.of(), null, null, "manager"),
                new Endpoint("GET", "/api/inventory/materials?limit={q}&after={q}", Map.of(), null, null, "manager"),
                new Endpoint("POST", "/api/inventory/materials/{material}/batches", Map.of("quantity", 5,
                        "unitCostCents", 100), "quantity", -5, "manager"),
                new Endpoint("POST", "/api/inventory/materials/{material}/adjustments", Map.of("quantity", -1,
                        "kind", "WASTE", "reason", "spilt"), "kind", "THEFT", "manager"),
                new Endpoint("GET", "/api/inventory/materials/{material}/ledger?limit={q}", Map.of(), null, null,
                        "manager"),
                new Endpoint("POST", "/api/inventory/products", Map.of("name", "Bun", "priceCents", 100,
                        "currency", "EUR"), "currency", "EU", "manager"),
                new Endpoint("PUT", "/api/inventory/products/{product}", Map.of("name", "Bun", "priceCents", 100,
                        "currency", "EUR"), "priceCents", -100, "manager"),
                new Endpoint("POST", "/api/inventory/products/{product}/returns", Map.of("quantity", 1,
                        "unitCostCents", 10, "saleId", "s"), "quantity", 0, "manager"),
                new Endpoint("POST", "/api/inventory/recipes", Map.of("name", "R", "productId", 1, "yield", 1,
                        "ingredients", List.of(Map.of("materialId", 1, "quantity", 1))), "yield", 0, "baker"),
                new Endpoint("GET", "/api/inventory/recipes/{recipe}/cost", Map.of(), null, null, "baker"),
                new Endpoint("POST", "/api/inventory/production-runs", Map.of("recipeId", 1, "batches", 1),
                        "batches", 0, "baker"),
                new Endpoint("GET", "/api/inventory/production-runs?date={q}", Map.of(), null, null, "baker"),
                new Endpoint("POST", "/api/inventory/reservations", Map.of("saleId", "s", "lines",
                        List.of(Map.of("productId", 1, "quantity", 1))), "lines", List.of(), "manager"),
                new Endpoint("POST", "/api/inventory/reservations/{sale}/commit", Map.of(), null, null, "auditor"),
                new Endpoint("GET", "/api/inventory/alerts?status={q}", Map.of(), null, null, "manager"),
                new Endpoint("POST", "/api/sales/checkout", Map.of("lines", List.of(Map.of("productId", 1,
                        "quantity", 1)), "payment", Map.of("method", "CASH", "tenderedCents", 1000)), "lines",
                        List.of(), "cashier"),
                new Endpoint("GET", "/api/sales/sales?status={q}&from={q}&before={q}", Map.of(), null, null,
                        "manager"),
                new Endpoint("GET", "/api/sales/sales/{sale}", Map.of(), null, null, "manager"),
                new Endpoint("POST", "/api/sales/sales/{sale}/cancel", Map.of(), null, null, "auditor"),
                new Endpoint("POST", "/api/sales/sales/{sale}/refunds", Map.of("amountCents", 10, "restock", false),
                        "amountCents", -10, "manager"),
                new Endpoint("GET", "/api/sales/analytics/summary?from={q}&to={q}", Map.of(), null, null, "manager"),
                new Endpoint("GET", "/api/sales/analytics/top-products?from={q}&limit={q}", Map.of(), null, null,
                        "manager"),
                new Endpoint("PUT", "/api/sales/settings", Map.of("timeZone", "UTC", "taxRateBp", 0), "timeZone",
                        "Mars/Olympus_Mons", "manager"),
                new Endpoint("POST", "/api/payments/payments", Map.of("reference", "r", "amountCents", 100,
                        "currency", "EUR", "method", "CASH"), "method", "BITCOIN", "cashier"),
                new Endpoint("GET", "/api/payments/payments?reference={q}&status={q}", Map.of(), null, null,
                        "manager"),
                new Endpoint("POST", "/api/payments/payments/{payment}/cancel", Map.of(), null, null, "auditor"),
                new Endpoint("POST", "/api/payments/payments/{payment}/refunds", Map.of("amountCents", 1),
                        "amountCents", 0, "manager"),
                new Endpoint("POST", "/api/payments/webhooks/infinitypay/{q}", Map.of("order_nsu", "x",
                        "transaction_nsu", "y", "amount", 100), null, null, "none"),
                new Endpoint("PUT", "/api/classifier/settings", Map.of("provider", "local"), "provider", "skynet",
                        "manager"),
                new Endpoint("POST", "/api/classifier/models", Map.of("activate", true), null, null, "cashier"),
                new Endpoint("POST", "/api/classifier/models/{q}/activate", Map.of(), null, null, "manager"),
                new Endpoint("PUT", "/api/classifier/classifications/{q}/batch", Map.of("batchId", "1"), null, null,
                        "manager"),
                new Endpoint("GET", "/api/classifier/classifications?label={q}&from={q}", Map.of(), null, null,
                        "manager"),
                new Endpoint("POST", "/api/admin/users", Map.of("username", "new@x", "password",
                        "long enough password", "roles", List.of("cashier")), "password", "short", "admin"),
                new Endpoint("PUT", "/api/admin/users/{user}", Map.of("roles", List.of("cashier")), "roles",
                        List.of(""), "admin"),
                new Endpoint("DELETE", "/api/admin/users/{user}", Map.of(), null, null, "manager"),
                new Endpoint("POST", "/api/admin/api-keys", Map.of("name", "k", "roles", List.of("cashier")),
                        "roles", List.of(), "admin"),
                new Endpoint("PUT", "/api/admin/flags/{q}", Map.of("enabled", true, "rolloutPercent", 50),
                        "rolloutPercent", 101, "admin"),
                new Endpoint("GET", "/api/admin/audit?after={q}&limit={q}", Map.of(), null, null, "auditor"),
                new Endpoint("POST", "/api/agent/ask", Map.of("question", "how much did we sell today?"),
                        "question", List.of(), "manager"),
                new Endpoint("POST", "/auth/token", Map.of("username", "nobody@fuzz.invalid", "password", "wrong"), null,
                        null, "none"),
                new Endpoint("POST", "/auth/service-token", Map.of("tenant", "north"), null, null, "none"));
    }

    /**
     * One hostile request from an endpoint: bad JSON, a hostile value in one field (with the field that alone makes
     * the body invalid), a hostile id or query, an oversize body, a bad token, or the other tenant's ids.
     */
    private HttpRequest mutate(Endpoint e, Random random, Bakery attacker, Bakery victim, Map<String, String> mine,
            Map<String, String> theirs) {
        int kind = random.nextInt(100);
        Map<String, String> ids = mine;
        String token = token(attacker, e.role());
        String body;
        if (kind < 15) {
            body = BAD_JSON.get(random.nextInt(BAD_JSON.size()));
        } else if (kind < 45 && !e.body().isEmpty()) {
            Map<String, Object> b = new LinkedHashMap<>(e.body());
            List<String> fields = new ArrayList<>(b.keySet());
            b.put(fields.get(random.nextInt(fields.size())), HOSTILE.get(random.nextInt(HOSTILE.size())));
            if (e.breakField() != null) {
                b.put(e.breakField(), e.breakValue());
            } else {
                token = random.nextBoolean() ? TestTokens.foreignToken("x@" + attacker.tenant(), attacker.tenant(),
                        "admin") : null;
            }
            body = json(b);
        } else if (kind < 60) {
            ids = null; // hostile ids and query values, with a body that is otherwise of the right shape
            body = json(broken(e));
        } else if (kind < 62 && !e.method().equals("GET")) {
            body = null; // OVERSIZE: over the gateway's body limit
        } else if (kind < 80) {
            body = json(e.body()); // a well-formed write, with a token that must not pass
            token = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> TestTokens.foreignToken("admin@" + attacker.tenant(), attacker.tenant(), "admin", "manager");
                case 2 -> TestTokens.expiredToken("admin@" + attacker.tenant(), attacker.tenant(), "admin", "manager");
                case 3 -> algNone(attacker.tenant());
                default -> tampered(token(attacker, "cashier"), victim.tenant());
            };
        } else if (kind < 90) {
            body = json(e.body()); // a well-formed write aimed at the other tenant's rows
            ids = theirs;
            if (!e.path().contains("{") || e.path().contains("{q}")) {
                body = json(broken(e));
            }
        } else {
            // a role no endpoint grants anything to (reads and the assistant only need a signed-in user, so their
            // bodies are broken as well)
            body = json(broken(e));
            token = token(attacker, "visitor");
        }
        String path = fill(e.path(), ids, random);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Suite.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Idempotency-Key", "fuzz-" + random.nextLong());
        if (token != null && !e.role().equals("none")) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (e.method().equals("GET")) {
            return builder.GET().build();
        }
        return builder.method(e.method(), body == null ? HttpRequest.BodyPublishers.ofByteArray(OVERSIZE)
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The endpoint's body with the value that alone makes it invalid (as it is, if the endpoint has none). */
    private static Map<String, Object> broken(Endpoint e) {
        Map<String, Object> b = new LinkedHashMap<>(e.body());
        if (e.breakField() != null) {
            b.put(e.breakField(), e.breakValue());
        }
        return b;
    }

    /** Path parameters from {@code ids}, or hostile ones when {@code ids} is null; {q} is always hostile. */
    private static String fill(String path, Map<String, String> ids, Random random) {
        StringBuilder out = new StringBuilder();
        var m = Pattern.compile("\\{(\\w+)}").matcher(path);
        while (m.find()) {
            String name = m.group(1);
            String value = ids != null && ids.containsKey(name) ? ids.get(name)
                    : HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private long minted;

    /** A valid token of the role, minted afresh every minute (they live five). */
    private String token(Bakery bakery, String role) {
        long minute = System.currentTimeMillis() / 60_000;
        if (minute != minted) {
            tokens.clear();
            minted = minute;
        }
        return tokens.computeIfAbsent(bakery.tenant() + role, k -> TestTokens.token(role + "@" + bakery.tenant(),
                bakery.tenant(), role));
    }

    private static String algNone(String tenant) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
                        + "\",\"sub\":\"admin@" + tenant + "\",\"tenant\":\"" + tenant + "\",\"groups\":[\"admin\","
                        + "\"manager\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}")
                        .getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A real token whose payload was edited (another tenant, more roles): its signature no longer matches. */
    private static String tampered(String token, String tenant) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceAll("\"tenant\":\"[^\"]*\"", "\"tenant\":\"" + tenant + "\"")
                .replace("\"cashier\"", "\"admin\",\"manager\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
