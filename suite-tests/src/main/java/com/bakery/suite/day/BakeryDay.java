package com.bakery.suite.day;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A bakery's day through the gateway only, as its staff would play it: an admin creates users; a manager creates
 * materials and receives batches at different costs; a baker creates recipes and runs production; two cashiers sell
 * (cash, card, a declined card), a manager refunds; a delivery photo is classified; the assistant answers; the
 * manager's analytics are checked against what this class computed from the same events; an auditor verifies the
 * audit chain. Names carry a run id, so the day can be played again on the same tenant (the demo's north).
 */
public final class BakeryDay {

    /**
     * What the day did, and what the suite answered, for a test to assert or the demo to print; {@code secrets}: the
     * passwords and tokens the day used, which no log line may show.
     */
    public record Report(String tenant, String run, List<String> materials, List<Long> productIds, List<String> saleIds,
            long revenueCents, long refundsCents, long cogsCents, JsonPath summaryBefore, JsonPath summaryAfter,
            String photoLabel, String lowStockAnswer, String salesAnswer, boolean auditValid, long auditChecked,
            String declinedSaleStatus, long declinedSaleCapturedCents, List<String> secrets) {

        public long expectedMarginCents() {
            return revenueCents - refundsCents - cogsCents;
        }

        public long delta(String field) {
            return summaryAfter.getLong(field) - summaryBefore.getLong(field);
        }
    }

    static final String CURRENCY = "BRL"; // InfinitePay takes reais only

    private final Gateway gateway;
    private final Path fruit;
    private final Consumer<String> log;
    private final String simulator;

    /** {@code fruit}: the classifier's bundled images ({@code classifier-service/src/main/resources/fruit}). */
    public BakeryDay(Gateway gateway, Path fruit, Consumer<String> log) {
        this(gateway, fruit, log, null);
    }

    /**
     * {@code simulator}: where buyers reach the InfinitePay simulator when it is not at the payment link's own
     * address (a link names it as the services reach it, e.g. {@code http://infinitepay:8090}); null for that.
     */
    public BakeryDay(Gateway gateway, Path fruit, Consumer<String> log, String simulator) {
        this.gateway = gateway;
        this.fruit = fruit;
        this.log = log;
        this.simulator = simulator;
    }

    public Report play(String tenant, String adminUser, String adminPassword) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String password = "day-" + run + "-" + UUID.randomUUID();
        Gateway.Session admin = gateway.signIn(adminUser, adminPassword);
        say(tenant, "admin %s signed in; creating the day's staff", adminUser);
        Map<String, List<String>> roles = Map.of("manager", List.of("manager"), "baker", List.of("baker"),
                "cashier1", List.of("cashier"), "cashier2", List.of("cashier"), "auditor", List.of("auditor"));
        roles.forEach((who, r) -> admin.post("/api/admin/users", Map.of("username", user(who, run, tenant),
                "password", password, "roles", r), 201));
        Gateway.Session manager = gateway.signIn(user("manager", run, tenant), password);
        Gateway.Session baker = gateway.signIn(user("baker", run, tenant), password);
        Gateway.Session cashier1 = gateway.signIn(user("cashier1", run, tenant), password);
        Gateway.Session cashier2 = gateway.signIn(user("cashier2", run, tenant), password);
        Gateway.Session auditor = gateway.signIn(user("auditor", run, tenant), password);
        JsonPath before = manager.get("/api/sales/analytics/summary");

        // Materials, received at different costs: the FIFO costs below follow from these batches.
        String flourName = "Flour " + run;
        String butterName = "Butter " + run;
        String sugarName = "Sugar " + run;
        long flour = id(manager.post("/api/inventory/materials", Map.of("name", flourName, "unit", "kg",
                "minimumQuantity", 5), 201));
        long butter = id(manager.post("/api/inventory/materials", Map.of("name", butterName, "unit", "kg",
                "minimumQuantity", 3), 201));
        long sugar = id(manager.post("/api/inventory/materials", Map.of("name", sugarName, "unit", "kg",
                "minimumQuantity", 1), 201));
        receive(manager, flour, "10", 100);
        receive(manager, flour, "10", 150);
        receive(manager, butter, "4", 800);
        receive(manager, sugar, "2", 200);
        say(tenant, "manager received flour 10 kg at 1.00 and 10 kg at 1.50, butter 4 kg at 8.00, sugar 2 kg at 2.00");

        long croissant = id(manager.post("/api/inventory/products", Map.of("name", "Croissant " + run,
                "priceCents", 450, "currency", CURRENCY), 201));
        long cake = id(manager.post("/api/inventory/products", Map.of("name", "Cake " + run,
                "priceCents", 3000, "currency", CURRENCY), 201));
        long croissantRecipe = id(baker.post("/api/inventory/recipes", Map.of("name", "Croissants " + run,
                "productId", croissant, "yield", 10, "ingredients", List.of(
                        Map.of("materialId", flour, "quantity", 1), Map.of("materialId", butter, "quantity", 0.5))),
                201));
        long cakeRecipe = id(baker.post("/api/inventory/recipes", Map.of("name", "Cake " + run, "productId", cake,
                "yield", 1, "ingredients", List.of(Map.of("materialId", flour, "quantity", 0.5),
                        Map.of("materialId", sugar, "quantity", 0.3), Map.of("materialId", butter, "quantity", 0.2))),
                201));
        // 2 batches: 2 kg flour at 1.00 + 1 kg butter at 8.00 = 10.00 for 20 croissants, 0.50 each.
        JsonPath croissantRun = baker.post("/api/inventory/production-runs", Map.of("recipeId", croissantRecipe,
                "batches", 2), 201);
        // 3 batches: 1.5 kg flour at 1.00 + 0.9 kg sugar at 2.00 + 0.6 kg butter at 8.00 = 8.10 for 3 cakes, 2.70 each.
        JsonPath cakeRun = baker.post("/api/inventory/production-runs", Map.of("recipeId", cakeRecipe,
                "batches", 3), 201);
        check(croissantRun.getLong("unitCostCents") == 50, "a croissant costs 0.50: " + croissantRun.prettify());
        check(cakeRun.getLong("unitCostCents") == 270, "a cake costs 2.70: " + cakeRun.prettify());
        say(tenant, "baker made 20 croissants (0.50 each) and 3 cakes (2.70 each)");

        List<String> sales = new ArrayList<>();
        // 200: the sale's replay, when the first answer was lost with a replica the gateway then called unavailable
        JsonPath s1 = cashier1.post("/api/sales/checkout", Map.of("lines", List.of(line(croissant, 3)),
                "payment", Map.of("method", "CASH", "tenderedCents", 2000)), 201, 200);
        sales.add(s1.getString("id"));
        check(s1.getLong("changeCents") == 650, "change from 20.00 for 13.50 is 6.50");
        JsonPath s2 = cashier2.post("/api/sales/checkout", Map.of("lines", List.of(line(cake, 1), line(croissant, 2)),
                "payment", Map.of("method", "CASH", "tenderedCents", 3900)), 201, 200);
        sales.add(s2.getString("id"));
        String card = cardSale(cashier1, cake, true);
        sales.add(card);
        String declined = cardSale(cashier2, croissant, false);
        say(tenant, "cashiers sold 3 croissants (cash, change 6.50), a cake and 2 croissants (cash), a cake (card); "
                + "one card was declined and the sale cancelled");
        JsonPath declinedSale = cashier2.get("/api/sales/sales/" + declined);
        long declinedCaptured = manager.get("/api/payments/payments?reference=" + declined).getList("items.capturedCents",
                Long.class).stream().mapToLong(Long::longValue).sum();

        manager.post("/api/sales/sales/" + s1.getString("id") + "/refunds", Map.of("lines",
                List.of(line(croissant, 1)), "restock", true, "reason", "dropped on the floor"), 201);
        say(tenant, "manager refunded one croissant (4.50) and put it back in stock");

        String label = photo(manager, baker, tenant, run);

        String lowStock = manager.post("/api/agent/ask", Map.of("question", "What is low on stock?"), 200)
                .getString("answer");
        String sold = manager.post("/api/agent/ask", Map.of("question", "How much did we sell today?"), 200)
                .getString("answer");
        say(tenant, "assistant: \"%s\" / \"%s\"", lowStock, sold);

        JsonPath after = manager.get("/api/sales/analytics/summary");
        JsonPath verify = auditor.get("/api/admin/audit/verify");
        // the chain is one for all tenants: a verification checks what was added since the last one
        say(tenant, "analytics: revenue %+d, refunds %+d, gross margin %+d (cents, today); audit chain %s "
                + "(%d records of all tenants checked since the last verification)",
                after.getLong("revenueCents") - before.getLong("revenueCents"),
                after.getLong("refundsCents") - before.getLong("refundsCents"),
                after.getLong("grossMarginCents") - before.getLong("grossMarginCents"),
                verify.getBoolean("valid") ? "intact" : "BROKEN", verify.getLong("checked"));
        long revenue = 1350 + 3900 + 3000;
        long cogs = 3 * 50 + (270 + 2 * 50) + 270;
        return new Report(tenant, run, List.of(flourName, butterName, sugarName), List.of(croissant, cake), sales,
                revenue, 450, cogs, before, after, label, lowStock, sold, verify.getBoolean("valid"),
                verify.getLong("checked"), declinedSale.getString("status"), declinedCaptured,
                List.of(adminPassword, password, admin.token(), manager.token(), baker.token(), cashier1.token(),
                        cashier2.token(), auditor.token()));
    }

    /** A card sale: the buyer pays (or declines) on the provider's page, played here through its simulator. */
    private String cardSale(Gateway.Session cashier, long product, boolean pays) {
        JsonPath pending = cashier.post("/api/sales/checkout", Map.of("lines", List.of(line(product, 1)),
                "payment", Map.of("method", "CARD")), 202);
        String sale = pending.getString("id");
        String checkoutUrl = pending.getString("checkoutUrl");
        if (checkoutUrl == null) {
            // the saga was cut before its link was recorded (a replica gone): recovery shows the link, or fails the
            // sale when the link was lost, and the cashier rings it up again
            until(() -> shown(cashier, sale) != null || "FAILED".equals(cashier.get("/api/sales/sales/" + sale)
                    .getString("status")), Duration.ofSeconds(90), "the payment link of sale " + sale);
            checkoutUrl = shown(cashier, sale);
            if (checkoutUrl == null) {
                return cardSale(cashier, product, pays);
            }
        }
        URI link = URI.create(checkoutUrl);
        String provider = simulator != null ? simulator : link.getScheme() + "://" + link.getAuthority();
        String slug = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
        io.restassured.RestAssured.given().baseUri(provider).post("/__sim/links/" + slug + (pays ? "/pay" : "/decline"))
                .then().statusCode(200);
        if (!pays) {
            // the decline may reach the sale first (a cancel asked again while a replica goes away): then the sale
            // has failed already and there is nothing left to cancel
            Response cancel = cashier.postRaw("/api/sales/sales/" + sale + "/cancel", Map.of());
            JsonPath answer = Gateway.expect(cancel, "POST /api/sales/sales/" + sale + "/cancel", 200, 409);
            check(cancel.statusCode() == 200 || "sale_not_awaiting_payment".equals(answer.getString("code")),
                    "a declined sale is cancelled or failed already: " + cancel.asString());
        }
        // a saga a fault cut (a replica gone) is finished by recovery: every 30 s, for sales untouched for 30 s
        String wanted = pays ? "COMPLETED" : "FAILED";
        until(() -> wanted.equals(cashier.get("/api/sales/sales/" + sale).getString("status")), Duration.ofSeconds(90),
                "sale " + sale + " " + wanted);
        return sale;
    }

    private static String shown(Gateway.Session cashier, String sale) {
        return cashier.get("/api/sales/sales/" + sale).getString("checkoutUrl");
    }

    /** A delivery of bananas with its photo: the classifier names it (trained on the bundled fruit if need be). */
    private String photo(Gateway.Session manager, Gateway.Session baker, String tenant, String run) {
        if (manager.get("/api/classifier/models").getList("findAll { it.active }").isEmpty()) {
            for (String style : List.of("google", "twitter", "fluent", "fluent-flat", "emojione", "noto-v1", "fxemoji")) {
                for (String name : List.of("banana", "grapes", "strawberry", "lemon")) {
                    // 200: an image already there from a day whose training did not finish (the upload is idempotent)
                    manager.upload("/api/classifier/training-images", png(style, name),
                            Map.of("label", name), 201, 200);
                }
            }
            // 409: a training already under way (the classifier trains its demo tenants at their first start)
            Response training = manager.postRaw("/api/classifier/models", Map.of());
            JsonPath answer = Gateway.expect(training, "POST /api/classifier/models", 202, 409);
            if (training.statusCode() == 409 && !"training_in_progress".equals(answer.getString("code"))) {
                throw new IllegalStateException("POST /api/classifier/models: 409 for another reason than a training "
                        + "under way: " + training.asString());
            }
            until(() -> !manager.get("/api/classifier/models").getList("findAll { it.active }").isEmpty(),
                    Duration.ofMinutes(2), "a trained model");
            say(tenant, "manager trained the photo model on 28 bundled fruit images");
        }
        long bananas = id(manager.post("/api/inventory/materials", Map.of("name", "Bananas " + run, "unit", "pcs",
                "minimumQuantity", 0), 201));
        long batch = id(baker.post("/api/inventory/materials/" + bananas + "/batches", Map.of("quantity", 30,
                "unitCostCents", 40), 201));
        String label = baker.upload("/api/classifier/classifications", png("openmoji", "banana"),
                Map.of("batchId", String.valueOf(batch)), 201).getString("label");
        say(tenant, "baker received 30 bananas; the delivery photo shows: %s", label);
        return label;
    }

    private byte[] png(String style, String name) {
        try {
            return Files.readAllBytes(fruit.resolve(style).resolve(name + ".png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void receive(Gateway.Session manager, long material, String quantity, long unitCostCents) {
        manager.post("/api/inventory/materials/" + material + "/batches", Map.of("quantity", quantity,
                "unitCostCents", unitCostCents), 201);
    }

    private static Map<String, Object> line(long product, int quantity) {
        return Map.of("productId", product, "quantity", quantity);
    }

    private static long id(JsonPath json) {
        return json.getLong("id");
    }

    private static String user(String who, String run, String tenant) {
        return who + "." + run + "@" + tenant;
    }

    static void until(BooleanSupplier condition, Duration within, String what) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("waited " + within.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(200); // polling a condition with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("not as expected: " + what);
        }
    }

    private void say(String tenant, String format, Object... args) {
        log.accept("[" + tenant + "] " + String.format(format, args));
    }
}
