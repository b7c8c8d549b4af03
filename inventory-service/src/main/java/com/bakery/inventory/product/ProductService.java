package com.bakery.inventory.product;

import com.bakery.common.page.Page;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

@ApplicationScoped
@Transactional
public class ProductService {

    /** A shelf holds a few days of runs; more layers than this are shown as the oldest this many. */
    static final int MAX_SHELF_LAYERS = 500;

    private final ProductRepository products;
    private final ProductFifo layers;
    private final ProductLedger ledger;

    public ProductService(ProductRepository products, ProductFifo layers, ProductLedger ledger) {
        this.products = products;
        this.layers = layers;
        this.ledger = ledger;
    }

    public Product create(String tenant, ProductRequest request) {
        Product p = new Product();
        p.tenantId = tenant;
        apply(tenant, p, request);
        products.persist(p);
        return p;
    }

    public Product update(String tenant, long id, ProductRequest request) {
        Product p = products.lockInTenant(tenant, id);
        apply(tenant, p, request);
        p.updatedAt = Instant.now();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product get(String tenant, long id) {
        return products.getInTenant(tenant, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductView> list(String tenant, long after, int limit) {
        return Page.of(products.page(tenant, after, limit + 1), limit, p -> p.id, ProductView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductLedgerEntryView> ledger(String tenant, long id, long after, int limit) {
        products.getInTenant(tenant, id);
        return Page.of(ledger.page(tenant, id, after, limit + 1), limit, m -> m.id, ProductLedgerEntryView::of);
    }

    /** Units on the shelf, oldest first (the order they sell in). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductLayerView> shelf(String tenant, long id) {
        products.getInTenant(tenant, id);
        return layers.open(id, 0, MAX_SHELF_LAYERS).stream().map(ProductLayerView::of).toList();
    }

    /**
     * Adds units made by a production run as a new FIFO cost layer at the run's unit cost (exact cents), aged from
     * {@code bakedAt}: they spoil after the product's shelf life.
     */
    public ProductLayer addProduced(String tenant, long productId, BigDecimal units, BigDecimal unitCost,
            long runId, Instant bakedAt, String actor) {
        Product p = products.lockInTenant(tenant, productId);
        ProductLayer layer = newLayer(p, units, unitCost, bakedAt);
        layer.productionRunId = runId;
        add(p, layer, ProductMovement.Kind.PRODUCTION, null, "production-run:" + runId, actor);
        return layer;
    }

    /**
     * Units a customer returned come back as their own layer, at the cost they were sold at (RETURN). Their baking
     * time is not known: they age from their return.
     */
    public Product addReturned(String tenant, long productId, ProductReturnRequest request, String actor) {
        Product p = products.lockInTenant(tenant, productId);
        BigDecimal units = request.quantity();
        p.soldBy.require("quantity", units);
        BigDecimal unitCost = BigDecimal.valueOf(request.cogsCents()).divide(units, 6, RoundingMode.HALF_EVEN);
        ProductLayer layer = newLayer(p, units, unitCost, Instant.now());
        layer.source = ProductLayer.Source.RETURN;
        layer.saleId = request.saleId();
        layer.reason = request.reason();
        add(p, layer, ProductMovement.Kind.RETURN, request.reason(),
                request.saleId() == null ? null : "sale:" + request.saleId(), actor);
        return p;
    }

    /** Goods bought in (drinks, beans, packaged goods) arrive as a layer of their own at their cost (PURCHASE). */
    public Product receive(String tenant, long productId, ProductBatchRequest request, String actor) {
        Product p = products.lockInTenant(tenant, productId);
        p.soldBy.require("quantity", request.quantity());
        Instant now = Instant.now();
        if (request.bestBefore() != null && !request.bestBefore().isAfter(now)) {
            throw ProblemException.invalid("bestBefore", "must be in the future");
        }
        ProductLayer layer = newLayer(p, request.quantity(), BigDecimal.valueOf(request.unitCostCents()), now);
        layer.source = ProductLayer.Source.PURCHASE;
        layer.supplierLot = request.supplierLot();
        if (request.bestBefore() != null) {
            layer.bestBefore = request.bestBefore();
        }
        add(p, layer, ProductMovement.Kind.PURCHASE, "received", null, actor);
        return p;
    }

    private static ProductLayer newLayer(Product p, BigDecimal units, BigDecimal unitCost, Instant bakedAt) {
        ProductLayer layer = new ProductLayer();
        layer.tenantId = p.tenantId;
        layer.productId = p.id;
        layer.quantity = units;
        layer.remaining = units;
        layer.unitCost = unitCost;
        layer.bakedAt = bakedAt;
        layer.bestBefore = p.shelfLifeHours == null ? null : bakedAt.plus(Duration.ofHours(p.shelfLifeHours));
        return layer;
    }

    private void add(Product p, ProductLayer layer, ProductMovement.Kind kind, String reason, String reference,
            String actor) {
        layers.persist(layer);
        ledger.record(p, kind, reason, reference, List.of(new LayerMove(layer.id, layer.quantity, layer.unitCost)),
                actor);
    }

    private void apply(String tenant, Product p, ProductRequest request) {
        String name = request.name().strip();
        if (products.nameTaken(tenant, name, p.id)) {
            throw ProblemException.conflict("product_name_taken", "A product named " + name
                    + " already exists.");
        }
        if (Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(request.currency()))) {
            throw ProblemException.invalid("currency " + request.currency() + " is not an ISO 4217 currency.",
                    List.of(new Problem.FieldError("currency", "not an ISO 4217 currency")));
        }
        p.name = name;
        p.priceCents = request.priceCents();
        p.currency = request.currency();
        p.shelfLifeHours = request.shelfLifeHours();
        if (p.soldBy != request.soldByOrUnit() && p.onHand.signum() > 0) {
            throw ProblemException.conflict("sold_by_locked", p.name + " has stock counted "
                    + (p.soldBy == SoldBy.UNIT ? "in units" : "in kg") + ": sell or write it off before changing it.");
        }
        p.soldBy = request.soldByOrUnit();
    }
}
