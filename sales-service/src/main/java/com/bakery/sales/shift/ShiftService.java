package com.bakery.sales.shift;

import com.bakery.common.idempotency.Idempotency;
import com.bakery.common.idempotency.KeyedCreation;
import com.bakery.common.problem.ProblemException;
import com.bakery.sales.settings.Settings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A till's shift: opened with a counted float, cash moved in and out with a reason, closed with the drawer's count
 * into a numbered Z report chained to the tenant's previous one. A failed close changes nothing: every check comes
 * before the first write, all in one transaction.
 */
@ApplicationScoped
public class ShiftService {

    private final ShiftRepository shifts;
    private final ShiftFigures figures;
    private final Settings settings;
    private final ObjectMapper json;

    public ShiftService(ShiftRepository shifts, ShiftFigures figures, Settings settings, ObjectMapper json) {
        this.shifts = shifts;
        this.figures = figures;
        this.settings = settings;
        this.json = json;
    }

    @Transactional
    public Shift open(String tenant, String user, TillRef till, ShiftRequests.Open request) {
        shifts.openOn(tenant, till.id()).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.tenantId = tenant;
        shift.tillId = till.id();
        shift.tillName = till.name();
        shift.currency = request.currency();
        shift.openedBy = user;
        shift.openedAt = now();
        shift.openingFloatCents = request.openingFloatCents();
        try {
            shifts.persistAndFlush(shift);
        } catch (PersistenceException e) { // two opens at once: the database's one-open-shift-per-till index
            throw ProblemException.conflict("shift_open", "Till " + till.name() + " has a shift open: close it first.");
        }
        return shift;
    }

    @Transactional
    public CashMovement move(String tenant, String user, UUID shiftId, String key, ShiftRequests.Move request) {
        Idempotency.require(key, "so a retry never moves cash twice");
        Shift shift = shifts.lockInTenant(tenant, shiftId);
        var made = KeyedCreation.once(shifts.getEntityManager(), "cash-key:" + tenant + ":" + key,
                () -> CashMovement.<CashMovement>find("tenantId = ?1 and idempotencyKey = ?2", tenant, key)
                        .firstResultOptional(),
                found -> found.shiftId.equals(shiftId) && found.kind == request.kind()
                        && found.amountCents == request.amountCents() && found.reason.equals(request.reason()),
                () -> ProblemException.unprocessable("idempotency_key_reused",
                        "This Idempotency-Key was already used for a different cash movement."),
                () -> {
                    requireOpen(shift);
                    CashMovement movement = new CashMovement();
                    movement.tenantId = tenant;
                    movement.shiftId = shiftId;
                    movement.idempotencyKey = key;
                    movement.kind = request.kind();
                    movement.amountCents = request.amountCents();
                    movement.reason = request.reason().strip();
                    movement.createdBy = user;
                    movement.createdAt = now();
                    movement.persist();
                    return movement;
                });
        return made.row();
    }

    /**
     * Closes the shift: counts, freezes and numbers its Z report and links it into the chain. Two closes at once:
     * the shift's row lock makes the second wait, then find it closed.
     */
    @Transactional
    public Shift close(String tenant, String user, UUID shiftId, ShiftRequests.Close request) {
        Map<String, Integer> denominations = denominations(request);
        long counted = request.countedCents() != null ? request.countedCents() : total(denominations);
        Shift shift = shifts.lockInTenant(tenant, shiftId);
        requireOpen(shift);
        long pending = figures.pendingSales(shift);
        if (pending > 0) {
            throw ProblemException.conflict("sales_pending", pending + " sale(s) of this shift still wait for their "
                    + "card payment: let them complete or cancel them, then close.", Map.of("pendingSales", pending));
        }
        Instant closedAt = now();
        long zNumber = shifts.nextZNumber(tenant, shift.tillId);
        ZReport report = figures.report(shift, settings.zone(tenant), zNumber, user, closedAt, counted,
                denominations);
        ZChain.Link head = shifts.lockChainHead(tenant);
        shift.status = Shift.Status.CLOSED;
        shift.closedBy = user;
        shift.closedAt = closedAt;
        shift.expectedCashCents = report.cash().expectedCents();
        shift.countedCashCents = counted;
        shift.countedDenominations = denominations == null ? null : write(denominations);
        shift.zNumber = zNumber;
        shift.zReport = write(report);
        shift.chainPosition = head.position() + 1;
        shift.previousHash = head.hash();
        shift.reportHash = ZChain.hash(head.hash(), shift.zReport);
        shifts.moveChainHead(tenant, new ZChain.Link(shift.chainPosition, shift.reportHash));
        return shift;
    }

    /**
     * The till's open shift, held until the caller's transaction ends (a sale or refund being recorded in it), or a
     * 409 {@code no_open_shift}: nothing is sold or refunded at a till outside a shift.
     */
    public Shift requireOpen(String tenant, TillRef till) {
        return shifts.holdOpenOn(tenant, till.id()).orElseThrow(() -> ProblemException.conflict("no_open_shift",
                "Till " + till.name() + " has no shift open: open one with the drawer's float first."));
    }

    /** The shift's Z report: frozen when closed, else as of now without a count. */
    public ZReport report(Shift shift) {
        if (shift.status == Shift.Status.CLOSED) {
            return read(shift.zReport);
        }
        return figures.report(shift, settings.zone(shift.tenantId), null, null, null, null, null);
    }

    public ZChain.Verdict verify(String tenant) {
        return ZChain.verify(shifts.chain(tenant), shifts.chainHead(tenant), shift -> {
            ZReport report = read(shift.zReport);
            return shift.zNumber.equals(report.zNumber()) && shift.id.equals(report.shiftId())
                    && shift.countedCashCents.equals(report.cash().countedCents())
                    && shift.expectedCashCents == report.cash().expectedCents();
        });
    }

    ZReport read(String report) {
        try {
            return json.readValue(report, ZReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> denominations(ShiftRequests.Close request) {
        if ((request.countedCents() == null) == (request.denominations() == null)) {
            throw ProblemException.invalid("countedCents", "give either countedCents or denominations, not both");
        }
        return request.denominations() == null ? null : new TreeMap<>(request.denominations());
    }

    private static long total(Map<String, Integer> denominations) {
        return denominations.entrySet().stream().mapToLong(e -> Long.parseLong(e.getKey()) * e.getValue()).sum();
    }

    private static void requireOpen(Shift shift) {
        if (shift.status != Shift.Status.OPEN) {
            throw ProblemException.conflict("shift_closed", "Shift " + shift.id + " was closed (Z " + shift.zNumber
                    + "); it cannot change.");
        }
    }

    private static ProblemException alreadyOpen(Shift open) {
        return ProblemException.conflict("shift_open", "Till " + open.tillName + " has a shift open since "
                + open.openedAt + " (by " + open.openedBy + "): close it first.", Map.of("shiftId", open.id));
    }

    static ProblemException noTill() {
        return ProblemException.conflict("no_till",
                "Shifts are kept per till: switch in at a registered till with your PIN.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
