package com.bakery.sales.shift;

import com.bakery.common.security.CurrentUser;
import com.bakery.sales.analytics.DayRange;
import com.bakery.sales.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Z reports for the manager and the accountant: the shifts of some days (of one till, or all), as JSON or as CSV
 * (one line per shift), and a check of the tenant's whole chain of Z reports.
 */
@Path("/api/sales/z-reports")
@RolesAllowed({ "manager", "auditor", "admin" })
public class ZReportResource {

    public record Summary(UUID shiftId, String tillId, String tillName, Shift.Status status, Long zNumber,
            String openedBy, Instant openedAt, String closedBy, Instant closedAt, String currency,
            long salesCount, long grossCents, long discountCents, long taxCents, long netCents, long refundsCents,
            long cashSalesCents, long cardSalesCents, long expectedCashCents, Long countedCashCents,
            Long differenceCents, Long firstReceipt, Long lastReceipt, String reportHash) {
    }

    public record Items(LocalDate from, LocalDate to, List<Summary> items) {
    }

    private final ShiftService shifts;
    private final ShiftRepository repository;
    private final Settings settings;
    private final CurrentUser user;

    public ZReportResource(ShiftService shifts, ShiftRepository repository, Settings settings, CurrentUser user) {
        this.shifts = shifts;
        this.repository = repository;
        this.settings = settings;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Items list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("till") String till) {
        DayRange days = DayRange.parse(from, to, settings.zone(user.tenant()));
        return new Items(days.from(), days.to(), summaries(days, till));
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("till") String till) {
        DayRange days = DayRange.parse(from, to, settings.zone(user.tenant()));
        return Response.ok(ZReportCsv.of(summaries(days, till)))
                .header("Content-Disposition", "attachment; filename=\"z-reports-" + days.from() + "-to-" + days.to()
                        + ".csv\"").build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public ZChain.Verdict verify() {
        return shifts.verify(user.tenant());
    }

    private List<Summary> summaries(DayRange days, String till) {
        return repository.openedBetween(user.tenant(), days.start(), days.end(), till).stream().map(shift -> {
            ZReport r = shifts.report(shift);
            long card = r.byMethod().stream().filter(m -> m.method().equals("CARD"))
                    .mapToLong(ZReport.ByMethod::netCents).sum();
            return new Summary(shift.id, shift.tillId, shift.tillName, shift.status, shift.zNumber, shift.openedBy,
                    shift.openedAt, shift.closedBy, shift.closedAt, shift.currency, r.salesCount(), r.grossCents(),
                    r.discountCents(), r.taxCents(), r.netCents(), r.refundsCents(), r.cash().cashSalesCents(), card,
                    r.cash().expectedCents(), r.cash().countedCents(), r.cash().differenceCents(), r.firstReceipt(),
                    r.lastReceipt(), shift.reportHash);
        }).toList();
    }
}
