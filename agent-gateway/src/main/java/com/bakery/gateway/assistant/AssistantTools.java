package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.Tool;
import com.bakery.gateway.assistant.tool.ToolStatus;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The assistant's tools, each one call to a service's public API with the asker's own token: the services apply
 * their rules to the asker, so the assistant sees and does only what the asker may. Write tools are only run
 * by {@link #execute}, after the asker confirmed them.
 */
@ApplicationScoped
public class AssistantTools {

    private static final int LIST_LIMIT = 200;

    private final InventoryClient inventory;
    private final SalesClient sales;
    private final PaymentsClient payments;
    private final ClassifierClient classifier;

    public AssistantTools(@RestClient InventoryClient inventory, @RestClient SalesClient sales,
            @RestClient PaymentsClient payments, @RestClient ClassifierClient classifier) {
        this.inventory = inventory;
        this.sales = sales;
        this.payments = payments;
        this.classifier = classifier;
    }

    /** The names of the asker's materials, products and recipes (what the asker may not list stays empty). */
    public Catalogue catalogue(Asker asker) {
        return new Catalogue(names(() -> inventory.materials(asker.authorization(), LIST_LIMIT)),
                names(() -> inventory.products(asker.authorization(), LIST_LIMIT)),
                names(() -> inventory.recipes(asker.authorization(), LIST_LIMIT)));
    }

    /** Runs a read tool. */
    public ToolResult read(ToolCall call, Asker asker) {
        Map<String, Object> a = call.arguments();
        String auth = asker.authorization();
        return switch (call.tool()) {
            case STOCK_LEVEL -> "material".equals(a.get("kind"))
                    ? call(() -> inventory.material(auth, number(a, "id").longValue()))
                    : call(() -> inventory.product(auth, number(a, "id").longValue()));
            case LOW_STOCK_ALERTS -> call(() -> inventory.alerts(auth, "OPEN"));
            case SALES_SUMMARY -> call(() -> sales.summary(auth, (String) a.get("from"), (String) a.get("to")));
            case TOP_PRODUCTS -> call(() -> sales.topProducts(auth, (String) a.get("from"), (String) a.get("to"),
                    number(a, "limit").intValue()));
            case RECIPE_COST -> call(() -> inventory.recipeCost(auth, number(a, "recipeId").longValue()));
            case PRODUCTION_RUNS -> call(() -> inventory.productionRuns(auth, (String) a.get("date"), LIST_LIMIT));
            case PAYMENT_STATUS -> call(() -> payments.payment(auth, number(a, "paymentId").longValue()));
            case RECENT_CLASSIFICATIONS -> call(() -> classifier.recent(auth, number(a, "limit").intValue()));
            case BAKE_PLAN -> call(() -> inventory.bakePlan(auth, (String) a.get("date")));
            case EXPIRING_BATCHES -> call(() -> inventory.expiring(auth, number(a, "withinDays").intValue()));
            case WASTE_REPORT -> call(() -> inventory.waste(auth, (String) a.get("from"), (String) a.get("to"),
                    (String) a.get("zone")));
            case RECEIVE_BATCH, START_PRODUCTION -> ToolResult.of(ToolStatus.INVALID, call.tool().wireName()
                    + " changes data: it is proposed and confirmed, not read");
        };
    }

    /** Checks a write tool's arguments and the asker's right to it, without running it. */
    public ToolResult check(ToolCall call, Asker asker) {
        if (!asker.hasAnyRole(call.tool().writers())) {
            return ToolResult.of(ToolStatus.FORBIDDEN, "only " + String.join(" or ", call.tool().writers().stream()
                    .sorted().toList()) + " may do this");
        }
        List<String> missing = new ArrayList<>();
        List<String> required = call.tool() == Tool.RECEIVE_BATCH
                ? List.of("materialId", "quantity", "unitCostCents") : List.of("recipeId", "times");
        required.forEach(k -> {
            if (!(call.arguments().get(k) instanceof Number n) || new BigDecimal(n.toString()).signum() < 0
                    || (!"unitCostCents".equals(k) && new BigDecimal(n.toString()).signum() == 0)) {
                missing.add(k);
            }
        });
        return missing.isEmpty() ? ToolResult.of(ToolStatus.PROPOSED, null)
                : ToolResult.of(ToolStatus.INVALID, "missing or not a positive number: " + String.join(", ", missing));
    }

    /** Runs a confirmed write tool; the confirmation id is its idempotency key, so a retry does it once. */
    public ToolResult execute(ToolCall call, Asker asker, String idempotencyKey) {
        ToolResult allowed = check(call, asker);
        if (allowed.status() != ToolStatus.PROPOSED) {
            return allowed;
        }
        Map<String, Object> a = call.arguments();
        String auth = asker.authorization();
        if (call.tool() == Tool.RECEIVE_BATCH) {
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("quantity", a.get("quantity"));
            batch.put("unitCostCents", number(a, "unitCostCents").longValue());
            return call(() -> inventory.receiveBatch(auth, idempotencyKey, number(a, "materialId").longValue(), batch));
        }
        return call(() -> inventory.startProduction(auth, idempotencyKey, Map.of("recipeId",
                number(a, "recipeId").longValue(), "batches", number(a, "times").intValue())));
    }

    private static Number number(Map<String, Object> args, String key) {
        Object value = args.get(key);
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException(key + " is not a number");
    }

    private static ToolResult call(Supplier<JsonNode> request) {
        try {
            return ToolResult.ok(request.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = detail(e);
            return switch (status) {
                case 401, 403 -> ToolResult.of(ToolStatus.FORBIDDEN, detail);
                case 404 -> ToolResult.of(ToolStatus.NOT_FOUND, detail);
                case 400, 409, 422 -> ToolResult.of(ToolStatus.INVALID, detail);
                default -> ToolResult.of(ToolStatus.FAILED, "the service answered " + status);
            };
        } catch (ProcessingException | IllegalArgumentException e) {
            return ToolResult.of(ToolStatus.FAILED, "the service could not be reached");
        }
    }

    private static String detail(WebApplicationException e) {
        try {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            return problem.path("detail").asText(problem.path("title").asText("refused"));
        } catch (RuntimeException unreadable) {
            return "refused (" + e.getResponse().getStatus() + ")";
        }
    }

    private static List<Catalogue.Named> names(Supplier<JsonNode> page) {
        ToolResult result = call(page);
        List<Catalogue.Named> names = new ArrayList<>();
        if (result.ok()) {
            result.data().path("items").forEach(item -> names.add(new Catalogue.Named(item.path("id").asLong(),
                    item.path("name").asText())));
        }
        return names;
    }
}
