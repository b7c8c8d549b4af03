package com.bakery.inventory.reservation;

import com.bakery.common.idempotency.KeyedCreation;
import com.bakery.common.lock.AdvisoryLock;
import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.inventory.config.InventoryConfig;
import com.bakery.inventory.markdown.Markdowns;
import com.bakery.inventory.product.Product;
import com.bakery.inventory.product.ProductFifo;
import com.bakery.inventory.product.ProductLedger;
import com.bakery.inventory.product.ProductMovement;
import com.bakery.inventory.product.ProductRepository;
import com.bakery.inventory.waste.Spoilage;
import com.bakery.inventory.stock.InsufficientStock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Holds product stock for sales. Every operation on one sale's reservation runs under a transaction-scoped
 * advisory lock on (tenant, sale id), and every stock change under the products' row locks (in id order), so a
 * retried call is answered from the stored reservation and two sales can never both take the last unit.
 */
@ApplicationScoped
@Transactional
public class ReservationService {

    private static final Logger LOG = Logger.getLogger(ReservationService.class);

    private final ProductRepository products;
    private final ProductFifo fifo;
    private final InventoryConfig config;
    private final EntityManager em;
    private final ReservationRepository reservations;
    private final MeterRegistry metrics;
    private final ProductLedger ledger;
    private final Spoilage spoilage;
    private final Markdowns markdowns;
    private final LinePricing pricing;

    public ReservationService(ProductRepository products, ProductFifo fifo, InventoryConfig config,
            EntityManager em, ReservationRepository reservations, MeterRegistry metrics, ProductLedger ledger,
            Spoilage spoilage, Markdowns markdowns, LinePricing pricing) {
        this.metrics = metrics;
        this.ledger = ledger;
        this.spoilage = spoilage;
        this.markdowns = markdowns;
        this.pricing = pricing;
        this.products = products;
        this.fifo = fifo;
        this.config = config;
        this.em = em;
        this.reservations = reservations;
    }

    public record Outcome(Reservation reservation, boolean created) {
    }

    public Outcome reserve(String tenant, ReservationRequest request, String actor) {
        Map<Long, BigDecimal> wanted = wantedPerProduct(request);
        var reserved = KeyedCreation.once(em, lockName(tenant, request.saleId()),
                () -> find(tenant, request.saleId()), found -> sameQuantities(heldPerProduct(found), wanted),
                () -> ProblemException.conflict("reservation_mismatch", "Sale " + request.saleId()
                        + " already holds a reservation with other lines."),
                () -> newReservation(tenant, request, wanted, actor));
        return new Outcome(reserved.row(), reserved.created());
    }

    private Reservation newReservation(String tenant, ReservationRequest request, Map<Long, BigDecimal> wanted,
            String actor) {
        List<Product> locked = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReservationRequest.Line line = request.lines().get(i);
            Optional<Product> product = products.findByIdInTenant(tenant, line.productId());
            if (product.isEmpty()) {
                unknown.add(new Problem.FieldError("lines[" + i + "].productId", "unknown product"));
                continue;
            }
            String refusal = product.get().soldBy.refusal(line.quantity());
            if (refusal != null) {
                unknown.add(new Problem.FieldError("lines[" + i + "].quantity",
                        refusal + " for " + product.get().name));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("Unknown products or quantities they cannot be sold in.", unknown);
        }
        Instant now = Instant.now();
        for (long id : wanted.keySet()) {
            Product p = products.lockInTenant(tenant, id);
            spoilage.writeOffSpoiled(p, now, actor); // spoiled units are never sold, even before the sweep
            locked.add(p);
        }
        List<InsufficientStock.Shortfall> shortfalls = new ArrayList<>();
        for (Product p : locked) {
            if (p.available().compareTo(wanted.get(p.id)) < 0) {
                shortfalls.add(InsufficientStock.Shortfall.ofProduct(p.id, p.name, wanted.get(p.id), p.available()));
            }
        }
        if (!shortfalls.isEmpty()) {
            throw new InsufficientStock(shortfalls);
        }
        Reservation r = new Reservation();
        r.tenantId = tenant;
        r.saleId = request.saleId();
        r.expiresAt = now.plus(request.holdSeconds() == null ? config.reservationTtl()
                : java.time.Duration.ofSeconds(request.holdSeconds()));
        r.createdBy = actor;
        r.till = request.till();
        Markdowns.Rule rule = markdowns.rule(tenant);
        for (Product p : locked) {
            BigDecimal quantity = wanted.get(p.id);
            LinePricing.Priced priced = pricing.price(p, quantity, rule, now);
            p.reserved = p.reserved.add(quantity);
            r.lines.add(new Reservation.Line(p.id, p.name, quantity, p.priceCents, p.currency, null,
                    priced.grossCents(), priced.markdownCents(), p.soldBy));
        }
        reservations.persist(r);
        return r;
    }

    /** The sale is paid: the units leave stock and their FIFO cost is recorded. Repeating it changes nothing. */
    public Reservation commit(String tenant, String saleId) {
        lockSale(tenant, saleId);
        Reservation r = get(tenant, saleId);
        if (r.status == Reservation.Status.COMMITTED) {
            return r;
        }
        requireActive(r);
        List<Reservation.Line> committed = new ArrayList<>();
        for (Reservation.Line line : r.lines) {
            Product p = products.lockInTenant(tenant, line.productId());
            p.reserved = p.reserved.subtract(line.quantity());
            ProductMovement sold = ledger.record(p, ProductMovement.Kind.SALE, null, "sale:" + saleId,
                    fifo.take(p.id, line.quantity()), r.createdBy);
            committed.add(line.withCogs(sold.valueChange.negate()));
        }
        r.lines.clear();
        r.lines.addAll(committed);
        close(r, Reservation.Status.COMMITTED);
        return r;
    }

    /** The sale failed or was cancelled: the units become available again. Repeating it changes nothing. */
    public Reservation release(String tenant, String saleId) {
        lockSale(tenant, saleId);
        Reservation r = get(tenant, saleId);
        if (r.status == Reservation.Status.RELEASED || r.status == Reservation.Status.EXPIRED) {
            return r;
        }
        if (r.status == Reservation.Status.COMMITTED) {
            throw ProblemException.conflict("reservation_committed",
                    "The reservation of sale " + saleId + " is committed; return the goods instead.");
        }
        unhold(r, Reservation.Status.RELEASED);
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reservation get(String tenant, String saleId) {
        return find(tenant, saleId).orElseThrow(() -> new NotFoundProblem("reservation", saleId));
    }

    /** Returns the stock of reservations past their time. Runs on a schedule; tests call it with their own clock. */
    public int expireDue(Instant now) {
        List<Reservation> due = reservations.due(now, 100);
        int expired = 0;
        for (Reservation r : due) {
            lockSale(r.tenantId, r.saleId);
            em.refresh(r);
            if (r.status == Reservation.Status.RESERVED) {
                unhold(r, Reservation.Status.EXPIRED);
                expired++;
            }
        }
        if (expired > 0) {
            LOG.infof("Expired %d reservation(s)", expired);
            metrics.counter("bakery.reservations.expired").increment(expired);
        }
        return expired;
    }

    @Scheduled(every = "${inventory.reservation-sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        expireDue(Instant.now());
    }

    private void unhold(Reservation r, Reservation.Status status) {
        for (Reservation.Line line : r.lines) {
            Product p = products.lockInTenant(r.tenantId, line.productId());
            p.reserved = p.reserved.subtract(line.quantity()).max(BigDecimal.ZERO);
        }
        close(r, status);
    }

    private static void close(Reservation r, Reservation.Status status) {
        r.status = status;
        r.closedAt = Instant.now();
    }

    private static void requireActive(Reservation r) {
        if (r.status != Reservation.Status.RESERVED) {
            throw ProblemException.conflict("reservation_not_active",
                    "The reservation of sale " + r.saleId + " is " + r.status.name().toLowerCase() + ".");
        }
        if (!r.expiresAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("reservation_expired",
                    "The reservation of sale " + r.saleId + " expired at " + r.expiresAt + ".");
        }
    }

    private Optional<Reservation> find(String tenant, String saleId) {
        return reservations.forSale(tenant, saleId);
    }

    private void lockSale(String tenant, String saleId) {
        AdvisoryLock.lock(em, lockName(tenant, saleId));
    }

    private static String lockName(String tenant, String saleId) {
        return "reservation:" + tenant + ":" + saleId;
    }

    private static Map<Long, BigDecimal> heldPerProduct(Reservation reservation) {
        Map<Long, BigDecimal> held = new TreeMap<>();
        reservation.lines.forEach(l -> held.merge(l.productId(), l.quantity(), BigDecimal::add));
        return held;
    }

    private static Map<Long, BigDecimal> wantedPerProduct(ReservationRequest request) {
        Map<Long, BigDecimal> wanted = new TreeMap<>(); // id order: the order products are locked in
        request.lines().forEach(l -> wanted.merge(l.productId(), l.quantity(), BigDecimal::add));
        return wanted;
    }

    private static boolean sameQuantities(Map<Long, BigDecimal> a, Map<Long, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }
}
