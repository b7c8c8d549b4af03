package com.bakery.gateway.assistant.gemini;

import com.bakery.gateway.assistant.tool.Tool;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;

/** The assistant's tools as Gemini function declarations (OpenAPI-style parameter schemas). */
public final class ToolDeclarations {

    private record Param(String name, String type, String description, boolean required) {
    }

    private record Declared(Tool tool, String description, List<Param> params) {
    }

    private static final List<Declared> DECLARED = List.of(
            new Declared(Tool.STOCK_LEVEL, "Stock on hand of one material or product, by its name.", List.of(
                    new Param("kind", "string", "'material' or 'product'", true),
                    new Param("name", "string", "the material's or product's name", true))),
            new Declared(Tool.LOW_STOCK_ALERTS, "Open low-stock alerts: materials below their minimum.", List.of()),
            new Declared(Tool.SALES_SUMMARY, "Sales, revenue, refunds and gross margin for a period of days.", List.of(
                    new Param("from", "string", "first day, YYYY-MM-DD", true),
                    new Param("to", "string", "last day, YYYY-MM-DD (inclusive)", true))),
            new Declared(Tool.TOP_PRODUCTS, "Best-selling products for a period of days.", List.of(
                    new Param("from", "string", "first day, YYYY-MM-DD", true),
                    new Param("to", "string", "last day, YYYY-MM-DD (inclusive)", true),
                    new Param("limit", "integer", "how many products", false))),
            new Declared(Tool.RECIPE_COST, "What one batch of a recipe costs at today's stock.", List.of(
                    new Param("name", "string", "the recipe's name", true))),
            new Declared(Tool.PRODUCTION_RUNS, "Production runs of one day.", List.of(
                    new Param("date", "string", "the day, YYYY-MM-DD", true))),
            new Declared(Tool.PAYMENT_STATUS, "Status of one payment.", List.of(
                    new Param("paymentId", "integer", "the payment's id", true))),
            new Declared(Tool.RECENT_CLASSIFICATIONS, "The latest fruit photo classifications.", List.of(
                    new Param("limit", "integer", "how many", false))),
            new Declared(Tool.BAKE_PLAN, "What to bake on a day, per product, from past sales of the same "
                    + "weekday, and the ingredients to buy.", List.of(
                            new Param("date", "string", "the day to bake for, YYYY-MM-DD", true))),
            new Declared(Tool.EXPIRING_BATCHES, "Ingredient batches expiring within some days (expired ones too).",
                    List.of(new Param("withinDays", "integer", "how many days ahead, 0 for today", true))),
            new Declared(Tool.WASTE_REPORT, "Goods made and thrown away (spoiled or dropped) over a period, with "
                    + "their cost.", List.of(
                            new Param("from", "string", "first day, YYYY-MM-DD", true),
                            new Param("to", "string", "last day, YYYY-MM-DD (inclusive)", true))),
            new Declared(Tool.RECEIVE_BATCH, "Propose receiving a delivery of a material (the user "
                    + "confirms it before anything is done).", List.of(
                            new Param("name", "string", "the material's name", true),
                            new Param("quantity", "number", "quantity in the material's unit", true),
                            new Param("unitCostCents", "integer", "cost per unit, in cents", true))),
            new Declared(Tool.START_PRODUCTION, "Propose a production run of a recipe (the user "
                    + "confirms it before anything is done).", List.of(
                            new Param("name", "string", "the recipe's name", true),
                            new Param("times", "integer", "how many batches", true))));

    private ToolDeclarations() {
    }

    /** Read tools for everyone; a write tool only when {@code mayWrite} lets the asker use it. */
    public static ArrayNode forAsker(ObjectMapper json, Predicate<Tool> mayWrite) {
        ArrayNode declarations = json.createArrayNode();
        DECLARED.stream().filter(d -> !d.tool().writes() || mayWrite.test(d.tool()))
                .forEach(d -> declarations.add(declaration(json, d)));
        return declarations;
    }

    private static ObjectNode declaration(ObjectMapper json, Declared tool) {
        ObjectNode d = json.createObjectNode().put("name", tool.tool().wireName()).put("description",
                tool.description());
        ObjectNode params = d.putObject("parameters").put("type", "object");
        ObjectNode properties = params.putObject("properties");
        ArrayNode required = params.putArray("required");
        for (Param p : tool.params()) {
            properties.putObject(p.name()).put("type", p.type()).put("description", p.description());
            if (p.required()) {
                required.add(p.name());
            }
        }
        return d;
    }
}
