package com.bakery.inventory.product;

import com.bakery.common.page.Page;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

@ApplicationScoped
@Transactional
public class ProductService {

    private final ProductRepository products;
    private final ProductFifo layers;

    public ProductService(ProductRepository products, ProductFifo layers) {
        this.products = products;
        this.layers = layers;
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

    /** Adds units made by a production run as a new FIFO cost layer at the run's unit cost (exact cents). */
    public ProductLayer addProduced(String tenant, long productId, BigDecimal units, BigDecimal unitCost,
            long runId) {
        ProductLayer layer = newLayer(tenant, productId, units, unitCost);
        layer.productionRunId = runId;
        return add(tenant, layer);
    }

    /** Units a customer returned come back as their own layer, at the cost they were sold at (RETURN). */
    public Product addReturned(String tenant, long productId, ProductReturnRequest request) {
        BigDecimal units = BigDecimal.valueOf(request.quantity());
        BigDecimal unitCost = BigDecimal.valueOf(request.cogsCents()).divide(units, 6, RoundingMode.HALF_EVEN);
        ProductLayer layer = newLayer(tenant, productId, units, unitCost);
        layer.source = "RETURN";
        layer.saleId = request.saleId();
        layer.reason = request.reason();
        add(tenant, layer);
        return products.getInTenant(tenant, productId);
    }

    private static ProductLayer newLayer(String tenant, long productId, BigDecimal units, BigDecimal unitCost) {
        ProductLayer layer = new ProductLayer();
        layer.tenantId = tenant;
        layer.productId = productId;
        layer.quantity = units;
        layer.remaining = units;
        layer.unitCost = unitCost;
        return layer;
    }

    private ProductLayer add(String tenant, ProductLayer layer) {
        Product p = products.lockInTenant(tenant, layer.productId);
        layers.persist(layer);
        p.onHand = p.onHand.add(layer.quantity);
        p.stockValue = p.stockValue.add(layer.quantity.multiply(layer.unitCost).setScale(6, RoundingMode.HALF_EVEN));
        p.updatedAt = Instant.now();
        return layer;
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
    }
}
