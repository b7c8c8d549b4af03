package com.bakery.inventory.production;

import com.bakery.common.page.Page;
import com.bakery.inventory.amount.Money;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.product.ProductService;
import com.bakery.inventory.recipe.Ingredient;
import com.bakery.inventory.recipe.Recipe;
import com.bakery.inventory.recipe.RecipeRepository;
import com.bakery.inventory.stock.BatchRepository;
import com.bakery.inventory.stock.Expiry;
import com.bakery.inventory.stock.FifoConsumer;
import com.bakery.inventory.stock.InsufficientStock;
import com.bakery.inventory.stock.StockLedger;
import com.bakery.inventory.stock.StockMovement;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes a recipe: every ingredient is consumed FIFO in one transaction, or nothing is when any is short (the
 * error lists every shortfall). Materials are locked in id order first, so concurrent runs and adjustments on
 * shared materials queue up instead of overselling a batch or deadlocking.
 */
@ApplicationScoped
@Transactional
public class ProductionService {

    private final RecipeRepository recipes;
    private final MaterialRepository materials;
    private final FifoConsumer fifo;
    private final StockLedger ledger;
    private final ProductService products;
    private final ProductionRunRepository runs;
    private final MeterRegistry metrics;
    private final BatchRepository batches;
    private final Expiry expiry;

    public ProductionService(RecipeRepository recipes, MaterialRepository materials, FifoConsumer fifo,
            StockLedger ledger, ProductService products, ProductionRunRepository runs, MeterRegistry metrics,
            BatchRepository batches, Expiry expiry) {
        this.batches = batches;
        this.expiry = expiry;
        this.metrics = metrics;
        this.recipes = recipes;
        this.materials = materials;
        this.fifo = fifo;
        this.ledger = ledger;
        this.products = products;
        this.runs = runs;
    }

    public ProductionRun run(String tenant, ProductionRequest request, String actor) {
        Instant now = Instant.now();
        Instant bakedAt = request.bakedAt(now);
        Recipe recipe = recipes.getInTenant(tenant, request.recipeId());
        Map<Long, BigDecimal> required = requiredPerMaterial(recipe, request.batches(), tenant);
        List<Material> locked = materials.lockAllInTenant(tenant, required.keySet());

        // expired batches are skipped unless a manager said why they may be used
        LocalDate usableOn = request.useExpiredBecause() == null ? expiry.today() : null;
        List<InsufficientStock.Shortfall> shortfalls = new ArrayList<>();
        for (Material m : locked) {
            BigDecimal need = required.get(m.id);
            BigDecimal expired = usableOn == null ? BigDecimal.ZERO : batches.expiredRemaining(m.id, usableOn);
            BigDecimal usable = m.onHand.subtract(expired);
            if (usable.compareTo(need) < 0) {
                shortfalls.add(InsufficientStock.Shortfall.ofMaterial(m.id, m.name, m.unit.code(), need, usable,
                        expired));
            }
        }
        if (!shortfalls.isEmpty()) {
            counted("refused");
            throw new InsufficientStock(shortfalls);
        }

        ProductionRun run = new ProductionRun();
        run.tenantId = tenant;
        run.recipeId = recipe.id;
        run.productId = recipe.productId;
        run.batches = request.batches();
        run.unitsProduced = BigDecimal.valueOf((long) recipe.yield * request.batches());
        run.createdBy = actor;
        run.createdAt = now;
        run.bakedAt = bakedAt;
        run.expiredOverride = request.useExpiredBecause();
        runs.persist(run);

        BigDecimal total = BigDecimal.ZERO;
        for (Material m : locked) {
            BigDecimal need = required.get(m.id);
            StockMovement movement = ledger.record(m, StockMovement.Kind.CONSUMPTION, run.expiredOverride == null
                    ? "production" : "production, expired allowed: " + run.expiredOverride,
                    "production-run:" + run.id, fifo.take(m.id, need, usableOn), actor);
            BigDecimal cost = movement.valueChange.negate();
            run.lines.add(new ProductionRun.Line(m.id, need, cost, movement.id));
            total = total.add(cost);
        }
        run.materialCost = total;
        run.unitCost = total.divide(run.unitsProduced, Money.SCALE, RoundingMode.HALF_EVEN);
        products.addProduced(tenant, recipe.productId, run.unitsProduced, run.unitCost, run.id, run.bakedAt,
                actor);
        counted("completed");
        return run;
    }

    private void counted(String outcome) {
        metrics.counter("bakery.production.runs", "outcome", outcome).increment();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductionRun get(String tenant, long id) {
        return runs.getInTenant(tenant, id);
    }

    /** Runs of one day (UTC) or of all days, newest last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductionRunView> list(String tenant, LocalDate day, long after, int limit) {
        Instant from = day == null ? Instant.EPOCH : day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day == null ? Instant.parse("9999-12-31T00:00:00Z") : from.plusSeconds(86_400);
        List<ProductionRun> rows = runs.page(tenant, from, to, after, limit + 1);
        return Page.of(rows, limit, r -> r.id, ProductionRunView::of);
    }

    /** Quantity of each material for the run, converted to the material's unit; keyed in id (lock) order. */
    private Map<Long, BigDecimal> requiredPerMaterial(Recipe recipe, int batches, String tenant) {
        Map<Long, BigDecimal> required = new TreeMap<>();
        for (Ingredient i : recipe.ingredients) {
            Material m = materials.getInTenant(tenant, i.materialId());
            BigDecimal perBatch = i.unit().convert(i.quantity(), m.unit);
            required.merge(m.id, perBatch.multiply(BigDecimal.valueOf(batches)), BigDecimal::add);
        }
        return required;
    }
}
