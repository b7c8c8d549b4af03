package com.bakery.sales.checkout;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.idempotency.KeyedCreation;
import com.bakery.common.lock.AdvisoryLock;
import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.Sha256;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.remote.FeatureFlags;
import com.bakery.sales.saga.CheckoutSaga;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleStep;
import com.bakery.sales.shift.ShiftService;
import com.bakery.sales.shift.TillRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Opens a sale (once per Idempotency-Key) and runs its saga with the cashier's own token. */
@ApplicationScoped
public class CheckoutService {

    public record Outcome(Sale sale, boolean created) {
    }

    private final SaleRepository sales;
    private final CheckoutSaga saga;
    private final ObjectMapper json;

    private final FeatureFlags flags;
    private final ShiftService shifts;
    private final DiscountApprovals approvals;

    public CheckoutService(SaleRepository sales, CheckoutSaga saga, ObjectMapper json, FeatureFlags flags,
            ShiftService shifts, DiscountApprovals approvals) {
        this.approvals = approvals;
        this.sales = sales;
        this.saga = saga;
        this.json = json;
        this.flags = flags;
        this.shifts = shifts;
    }

    /** A checkout at {@code till} (null: not at a registered till) by {@code cashier}. */
    public Outcome checkout(Caller caller, String cashier, TillRef till, String key, CheckoutRequest request) {
        Idempotency.require(key, "so a retry never sells twice");
        validate(request);
        // a new card sale only while the tenant takes cards; a retry of one already open is answered as before
        if (request.payment().method() == Sale.Method.CARD && sales.findByKey(caller.tenant(), key).isEmpty()
                && !flags.on(caller, FeatureFlags.CARD_PAYMENTS)) {
            throw ProblemException.conflict("card_payments_disabled",
                    "Card payments are switched off for this bakery (feature flag card-payments): take cash.");
        }
        String hash = hash(request);
        Outcome opened = open(caller.tenant(), cashier, till, key, hash, request);
        if (!opened.created()) {
            return opened;
        }
        Sale finished = saga.advanceFrom(opened.sale(), caller);
        // a sale discarded for bad input never gets here: advance threw the 400
        return new Outcome(finished, true);
    }

    /** Stores the sale (step CREATED), or finds the one this key already opened; its saga has not run yet. */
    public Outcome open(String tenant, String cashier, String key, CheckoutRequest request) {
        Idempotency.require(key, "so a retry never sells twice");
        validate(request);
        return open(tenant, cashier, null, key, hash(request), request);
    }

    private Outcome open(String tenant, String cashier, TillRef till, String key, String hash,
            CheckoutRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> openInTransaction(tenant, cashier, till, key, hash,
                request));
    }

    private Outcome openInTransaction(String tenant, String cashier, TillRef till, String key, String hash,
            CheckoutRequest request) {
        var opened = KeyedCreation.once(sales.getEntityManager(), "sale-key:" + tenant + ":" + key,
                () -> sales.findByKey(tenant, key), found -> found.requestHash.equals(hash),
                () -> ProblemException.unprocessable("idempotency_key_reused",
                        "This Idempotency-Key was already used for a different checkout."),
                () -> newSale(tenant, cashier, till, key, hash, request));
        return new Outcome(opened.row(), opened.created());
    }

    private Sale newSale(String tenant, String cashier, TillRef till, String key, String hash,
            CheckoutRequest request) {
        Sale sale = new Sale();
        if (till != null) {
            sale.shiftId = shifts.requireOpen(tenant, till).id;
            sale.tillName = till.name();
        }
        if (request.discount() != null && request.discount().approvalToken() != null) {
            DiscountApprovals.Approval approval = approvals.verify(request.discount().approvalToken(), tenant, till);
            AdvisoryLock.lock(sales.getEntityManager(), "discount-approval:" + tenant + ":" + approval.id());
            if (sales.approvalSpent(tenant, approval.id())) {
                throw new ProblemException(403, "discount_approval_invalid", "Forbidden",
                        "This approval was used for another sale already: ask the manager again.",
                        List.of(new Problem.FieldError("discount.approvalToken", "was used for another sale")));
            }
            sale.discountApprovalId = approval.id();
            sale.discountApprovedBy = approval.approvedBy();
        }
        sale.id = UUID.randomUUID();
        sale.tenantId = tenant;
        sale.idempotencyKey = key;
        sale.requestHash = hash;
        sale.cashier = cashier;
        sale.paymentMethod = request.payment().method();
        sale.tenderedCents = request.payment().tenderedCents();
        if (request.discount() != null) {
            sale.discountPercent = request.discount().percent();
            sale.discountAmountCents = request.discount().amountCents();
            sale.discountReason = request.discount().reason().strip();
        }
        for (CheckoutRequest.Line l : request.lines()) {
            SaleLine line = new SaleLine();
            line.productId = l.productId();
            line.quantity = l.quantity();
            sale.lines.add(line);
        }
        sale.record(SaleStep.CREATED, "by " + cashier);
        sales.persistNew(sale);
        return sale;
    }

    /** What bean validation cannot say: rules across fields. */
    private static void validate(CheckoutRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            if (!seen.add(request.lines().get(i).productId())) {
                errors.add(new Problem.FieldError("lines[" + i + "].productId",
                        "appears on another line; give one line per product"));
            }
        }
        if (request.payment().method() == Sale.Method.CASH && request.payment().tenderedCents() == null) {
            errors.add(new Problem.FieldError("payment.tenderedCents", "is required for a cash payment"));
        }
        if (request.payment().method() == Sale.Method.CARD && request.payment().tenderedCents() != null) {
            errors.add(new Problem.FieldError("payment.tenderedCents", "is only for cash payments"));
        }
        if (request.discount() != null
                && (request.discount().percent() == null) == (request.discount().amountCents() == null)) {
            errors.add(new Problem.FieldError("discount", "give either percent or amountCents"));
        }
        if (request.discount() != null
                && (request.discount().reason() == null || request.discount().reason().isBlank())) {
            errors.add(new Problem.FieldError("discount.reason", "is required: say why the price is lowered"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The checkout is not valid.",
                    errors);
        }
    }

    private String hash(CheckoutRequest request) {
        try {
            return Sha256.hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
