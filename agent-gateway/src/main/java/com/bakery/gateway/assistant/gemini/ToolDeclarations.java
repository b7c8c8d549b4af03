package com.bakery.gateway.assistant.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The assistant's tools as Gemini function declarations (OpenAPI-style parameter schemas). */
public final class ToolDeclarations {

    private record Param(String name, String type, String description, boolean required) {
    }

    private record Tool(String name, String description, List<Param> params) {
    }

    private static final List<Tool> READ = List.of(
            new Tool("stock_level", "Stock on hand of one material or product, by its name.", List.of(
                    new Param("kind", "string", "'material' or 'product'", true),
                    new Param("name", "string", "the material's or product's name", true))),
            new Tool("low_stock_alerts", "Open low-stock alerts: materials below their minimum.", List.of()),
            new Tool("sales_summary", "Sales, revenue, refunds and gross margin for a period of days.", List.of(
                    new Param("from", "string", "first day, YYYY-MM-DD", true),
                    new Param("to", "string", "last day, YYYY-MM-DD (inclusive)", true))),
            new Tool("top_products", "Best-selling products for a period of days.", List.of(
                    new Param("from", "string", "first day, YYYY-MM-DD", true),
                    new Param("to", "string", "last day, YYYY-MM-DD (inclusive)", true),
                    new Param("limit", "integer", "how many products", false))),
            new Tool("recipe_cost", "What one batch of a recipe costs at today's stock.", List.of(
                    new Param("name", "string", "the recipe's name", true))),
            new Tool("production_runs", "Production runs of one day.", List.of(
                    new Param("date", "string", "the day, YYYY-MM-DD", true))),
            new Tool("payment_status", "Status of one payment.", List.of(
                    new Param("paymentId", "integer", "the payment's id", true))),
            new Tool("recent_classifications", "The latest fruit photo classifications.", List.of(
                    new Param("limit", "integer", "how many", false))));

    private static final Map<String, Tool> WRITE = Map.of(
            "receive_batch", new Tool("receive_batch", "Propose receiving a delivery of a material (the user "
                    + "confirms it before anything is done).", List.of(
                            new Param("name", "string", "the material's name", true),
                            new Param("quantity", "number", "quantity in the material's unit", true),
                            new Param("unitCostCents", "integer", "cost per unit, in cents", true))),
            "start_production", new Tool("start_production", "Propose a production run of a recipe (the user "
                    + "confirms it before anything is done).", List.of(
                            new Param("name", "string", "the recipe's name", true),
                            new Param("times", "integer", "how many batches", true))));

    private ToolDeclarations() {
    }

    /** Read tools for everyone; a write tool only for the roles that may use it. */
    public static ArrayNode forRoles(ObjectMapper json, Set<String> writable) {
        ArrayNode declarations = json.createArrayNode();
        READ.forEach(t -> declarations.add(declaration(json, t)));
        WRITE.forEach((name, t) -> {
            if (writable.contains(name)) {
                declarations.add(declaration(json, t));
            }
        });
        return declarations;
    }

    private static ObjectNode declaration(ObjectMapper json, Tool tool) {
        ObjectNode d = json.createObjectNode().put("name", tool.name()).put("description", tool.description());
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
