package com.bakery.inventory.plan;

import com.bakery.inventory.amount.Money;
import com.bakery.inventory.config.InventoryConfig;
import com.bakery.inventory.material.Material;
import com.bakery.inventory.material.MaterialRepository;
import com.bakery.inventory.product.Product;
import com.bakery.inventory.product.ProductRepository;
import com.bakery.inventory.product.SoldBy;
import com.bakery.inventory.recipe.Ingredient;
import com.bakery.inventory.recipe.Recipe;
import com.bakery.inventory.recipe.RecipeRepository;
import com.bakery.inventory.stock.BatchRepository;
import com.bakery.inventory.stock.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds a day's bake plan: demand per product (see {@link BakePlanner}), batches, ingredients, shopping list. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BakePlanService {

    private final RecipeRepository recipes;
    private final ProductRepository products;
    private final MaterialRepository materials;
    private final BatchRepository batches;
    private final SalesHistory history;
    private final InventoryConfig config;
    private final Expiry expiry;
    private final EntityManager em;

    public BakePlanService(RecipeRepository recipes, ProductRepository products, MaterialRepository materials,
            BatchRepository batches, SalesHistory history, InventoryConfig config, Expiry expiry,
            EntityManager em) {
        this.recipes = recipes;
        this.products = products;
        this.materials = materials;
        this.batches = batches;
        this.history = history;
        this.config = config;
        this.expiry = expiry;
        this.em = em;
    }

    public LocalDate tomorrow() {
        return expiry.today().plusDays(1);
    }

    public BakePlan plan(String tenant, LocalDate date, int weeks) {
        ZoneId zone = config.timeZone();
        Set<LocalDate> days = new TreeSet<>();
        for (int k = 1; k <= weeks; k++) {
            days.add(date.minusWeeks(k));
        }
        SalesHistory.Days past = history.of(tenant, days, zone);
        Map<Long, Recipe> recipeOf = new LinkedHashMap<>();
        recipes.findInTenant(tenant, "order by id").list().forEach(r -> recipeOf.putIfAbsent(r.productId, r));
        Instant noon = date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        List<BakePlan.Line> lines = new ArrayList<>();
        Map<Long, BigDecimal> needed = new TreeMap<>();
        for (Recipe recipe : recipeOf.values()) {
            Product p = products.getInTenant(tenant, recipe.productId);
            List<SalesDay> seen = past.of(p.id);
            BigDecimal demand = BakePlanner.estimate(seen, past.profile());
            BigDecimal onShelf = goodAt(p, noon);
            BigDecimal toBake = demand == null ? BigDecimal.ZERO : demand.subtract(onShelf).max(BigDecimal.ZERO)
                    .setScale(p.soldBy == SoldBy.UNIT ? 0 : 3, RoundingMode.CEILING);
            int batchCount = toBake.signum() == 0 ? 0 : toBake.divide(BigDecimal.valueOf(recipe.yield), 0,
                    RoundingMode.CEILING).intValueExact();
            for (Ingredient i : recipe.ingredients) {
                Material m = materials.getInTenant(tenant, i.materialId());
                needed.merge(m.id, i.unit().convert(i.quantity(), m.unit).multiply(BigDecimal.valueOf(batchCount)),
                        BigDecimal::add);
            }
            lines.add(new BakePlan.Line(p.id, p.name, p.soldBy, recipe.id, recipe.name, recipe.yield, demand,
                    BakePlanner.naive(seen), Money.plain(onShelf), Money.plain(toBake), batchCount,
                    BigDecimal.valueOf((long) batchCount * recipe.yield), seen.stream().map(d -> new BakePlan.Basis(
                            d.day(), Money.plain(d.sold()), d.soldOutAt(), Money.plain(d.wasted()),
                            BigDecimal.valueOf(BakePlanner.demand(d, past.profile()))
                                    .setScale(1, RoundingMode.HALF_EVEN))).toList()));
        }
        lines.sort(Comparator.comparing(l -> l.product().toLowerCase(Locale.ROOT)));
        List<BakePlan.Need> ingredients = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> e : needed.entrySet()) {
            if (e.getValue().signum() == 0) {
                continue;
            }
            Material m = materials.getInTenant(tenant, e.getKey());
            BigDecimal usable = m.onHand.subtract(batches.expiredRemaining(m.id, date)).max(BigDecimal.ZERO);
            ingredients.add(new BakePlan.Need(m.id, m.name, m.unit.code(), m.supplier, Money.plain(e.getValue()),
                    Money.plain(usable), Money.plain(e.getValue().subtract(usable).max(BigDecimal.ZERO))));
        }
        return new BakePlan(date, date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), weeks,
                BakePlan.METHOD, lines, ingredients, ingredients.stream().filter(n -> n.toBuy().signum() > 0)
                        .toList());
    }

    /** Units on the shelf still good at {@code at} that no sale holds (held units are the oldest). */
    private BigDecimal goodAt(Product p, Instant at) {
        BigDecimal good = (BigDecimal) em.createNativeQuery("""
                SELECT coalesce(sum(remaining), 0) FROM product_layer
                WHERE product_id = ?1 AND remaining > 0 AND (best_before IS NULL OR best_before > ?2)""")
                .setParameter(1, p.id).setParameter(2, at).getSingleResult();
        return good.subtract(p.reserved).max(BigDecimal.ZERO);
    }
}
