package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain sentences from tool results, the figures as the services gave them (money in cents, shown as units). */
final class Answers {

    static final String HELP = "I can answer questions about stock levels, low-stock alerts, sales and margins for "
            + "a period (today, yesterday, last week, a date), top products, recipe costs, production runs, what "
            + "to bake tomorrow, what expires this week, what was thrown away, a payment's status and recent fruit "
            + "classifications; bakers and managers can also ask me to receive "
            + "a delivery or start a production run.";

    private Answers() {
    }

    static String of(ToolCall call, ToolResult result, Catalogue catalogue) {
        if (!result.ok()) {
            return switch (result.status()) {
                case FORBIDDEN -> "You may not use " + call.tool().words() + ": " + result.reason() + ".";
                case NOT_FOUND -> "I found nothing for " + describe(call) + ".";
                case INVALID -> "I could not " + call.tool().words() + ": " + result.reason() + ".";
                default -> "I could not get " + call.tool().words() + " right now (" + result.reason() + ").";
            };
        }
        JsonNode d = result.data();
        return switch (call.tool()) {
            case LOW_STOCK_ALERTS -> lowStock(d);
            case STOCK_LEVEL -> "material".equals(call.arguments().get("kind"))
                    ? d.path("name").asText() + ": " + num(d, "onHand") + " " + d.path("unit").asText()
                            + " on hand (minimum " + num(d, "minimumQuantity") + " " + d.path("unit").asText()
                            + "), worth " + money(d.path("stockValueCents").asLong()) + "."
                    : d.path("name").asText() + ": " + num(d, "onHand") + " on hand, " + num(d, "available")
                            + " available to sell.";
            case SALES_SUMMARY -> period(d) + ": " + d.path("salesCount").asLong() + " sales, revenue "
                    + money(d.path("revenueCents").asLong()) + ", net of refunds " + money(d.path("netRevenueCents")
                            .asLong()) + ", gross margin " + money(d.path("grossMarginCents").asLong())
                    + (d.hasNonNull("grossMarginPercent") ? " (" + num(d, "grossMarginPercent") + " %)" : "") + ".";
            case TOP_PRODUCTS -> topProducts(d);
            case RECIPE_COST -> "One batch of " + d.path("name").asText() + " (" + d.path("yield").asInt()
                    + " units) costs " + money(d.path("costCents").asLong()) + " at today's stock, "
                    + money(d.path("unitCostCents").asLong()) + " per unit"
                    + (d.path("coveredByStock").asBoolean() ? "." : "; stock is short, so part of it is priced at "
                            + "the latest delivery.");
            case PRODUCTION_RUNS -> productionRuns(d, catalogue, String.valueOf(call.arguments().get("date")));
            case PAYMENT_STATUS -> "Payment " + d.path("id").asLong() + " (" + d.path("method").asText() + ", "
                    + money(d.path("amountCents").asLong()) + " " + d.path("currency").asText() + ") is "
                    + d.path("status").asText() + ".";
            case RECENT_CLASSIFICATIONS -> classifications(d);
            case BAKE_PLAN -> bakePlan(d);
            case EXPIRING_BATCHES -> expiring(d, ((Number) call.arguments().get("withinDays")).intValue());
            case WASTE_REPORT -> waste(d);
            case RECEIVE_BATCH, START_PRODUCTION -> "Done.";
        };
    }

    private static String lowStock(JsonNode page) {
        List<String> items = new ArrayList<>();
        page.path("items").forEach(a -> items.add(a.path("material").asText() + " (" + num(a, "onHand") + " "
                + a.path("unit").asText() + ", minimum " + num(a, "minimum") + ")"));
        return items.isEmpty() ? "Nothing is low on stock."
                : items.size() + (items.size() == 1 ? " material is" : " materials are") + " low on stock: "
                        + String.join(", ", items) + ".";
    }

    private static String topProducts(JsonNode d) {
        List<String> items = new ArrayList<>();
        int rank = 1;
        for (JsonNode p : d.path("items")) {
            items.add(rank++ + ". " + p.path("productName").asText() + ": " + num(p, "units") + " sold, "
                    + money(p.path("revenueCents").asLong()));
        }
        return items.isEmpty() ? "Nothing was sold " + period(d).toLowerCase() + "."
                : "Top products " + period(d).toLowerCase() + ": " + String.join("; ", items) + ".";
    }

    private static String productionRuns(JsonNode page, Catalogue catalogue, String date) {
        List<String> items = new ArrayList<>();
        page.path("items").forEach(r -> items.add(name(catalogue.recipes(), r.path("recipeId").asLong(), "recipe")
                + " ×" + r.path("batches").asInt() + " (" + num(r, "unitsProduced") + " units, "
                + money(r.path("materialCostCents").asLong()) + ")"));
        return items.isEmpty() ? "No production runs on " + date + "."
                : items.size() + " production run" + (items.size() == 1 ? "" : "s") + " on " + date + ": "
                        + String.join(", ", items) + ".";
    }

    private static String bakePlan(JsonNode d) {
        List<String> items = new ArrayList<>();
        d.path("lines").forEach(l -> {
            if (l.path("batches").asInt() > 0) {
                items.add(l.path("product").asText() + ": " + num(l, "units") + " (" + l.path("batches").asInt()
                        + " × " + l.path("recipe").asText() + "; demand about " + num(l, "estimatedDemand") + ")");
            }
        });
        List<String> buy = new ArrayList<>();
        d.path("shoppingList").forEach(n -> buy.add(num(n, "toBuy") + " " + n.path("unit").asText() + " of "
                + n.path("material").asText()));
        String plan = items.isEmpty() ? "Nothing needs baking for " + d.path("weekday").asText() + " "
                + d.path("date").asText() + "."
                : "For " + d.path("weekday").asText() + " " + d.path("date").asText() + ", bake "
                        + String.join("; ", items) + ".";
        return plan + (buy.isEmpty() ? (items.isEmpty() ? "" : " There is enough of every ingredient.")
                : " Buy " + String.join(", ", buy) + ".");
    }

    private static String expiring(JsonNode list, int days) {
        List<String> items = new ArrayList<>();
        list.forEach(b -> items.add(b.path("material").asText() + " (" + num(b, "remaining") + " "
                + b.path("unit").asText() + (b.path("expired").asBoolean() ? ", expired " : ", expires ")
                + b.path("expiresOn").asText() + ")"));
        return items.isEmpty() ? "Nothing expires within " + days + " days."
                : items.size() + (items.size() == 1 ? " batch expires" : " batches expire") + " within " + days
                        + " days: " + String.join(", ", items) + ".";
    }

    private static String waste(JsonNode d) {
        JsonNode t = d.path("total");
        String from = d.path("from").asText();
        String to = d.path("to").asText();
        List<String> items = new ArrayList<>();
        d.path("products").forEach(p -> {
            if (p.path("wastedUnits").decimalValue().signum() > 0) {
                items.add(p.path("name").asText() + " " + num(p, "wastedUnits"));
            }
        });
        return "From " + from + " to " + to + ": " + num(t, "wastedUnits") + " thrown away of " + num(t,
                "producedUnits") + " made" + (t.hasNonNull("wastePercent") ? " (" + num(t, "wastePercent") + " %)"
                : "") + ", costing " + money(t.path("wasteCostCents").asLong())
                + (items.isEmpty() ? "." : ": " + String.join(", ", items) + ".");
    }

    private static String classifications(JsonNode page) {
        List<String> items = new ArrayList<>();
        page.path("items").forEach(c -> items.add(c.path("label").asText() + " ("
                + Math.round(c.path("confidence").asDouble() * 100) + " %"
                + (c.hasNonNull("batchId") ? ", batch " + c.path("batchId").asText() : "") + ")"));
        return items.isEmpty() ? "No fruit photos were classified yet."
                : "Latest classifications: " + String.join(", ", items) + ".";
    }

    static String proposal(ToolCall call, String id) {
        Map<String, Object> a = call.arguments();
        String what = call.tool() == Tool.RECEIVE_BATCH
                ? "receive " + a.get("quantity") + " of " + a.get("name") + " at "
                        + money(((Number) a.get("unitCostCents")).longValue()) + " per unit"
                : "start a production run of " + a.get("name") + " ×" + a.get("times");
        return "I can " + what + ". Nothing is done yet: to do it, ask again with \"confirm\": \"" + id
                + "\" within 5 minutes.";
    }

    private static String name(List<Catalogue.Named> names, long id, String what) {
        return names.stream().filter(n -> n.id() == id).map(Catalogue.Named::name).findFirst()
                .orElse(what + " " + id);
    }

    private static String period(JsonNode d) {
        String from = d.path("from").asText();
        String to = d.path("to").asText();
        return from.equals(to) ? "On " + from : "From " + from + " to " + to;
    }

    private static String describe(ToolCall call) {
        return call.tool().words() + " " + call.arguments().values();
    }

    /** Cents as units with two decimals: 1234 → 12.34. */
    static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String num(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText();
    }
}
