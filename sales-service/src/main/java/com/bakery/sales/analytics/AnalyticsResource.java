package com.bakery.sales.analytics;

import com.bakery.common.security.CurrentUser;
import com.bakery.sales.remote.Inventory;
import com.bakery.sales.remote.InventoryClient;
import com.bakery.sales.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/** Sales analytics over days of the tenant's time zone; {@code from} and {@code to} default to today. */
@Path("/api/sales/analytics")
@RolesAllowed({ "manager", "admin", "auditor", "service" })
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    private static final Logger LOG = Logger.getLogger(AnalyticsResource.class);

    public record Items<T>(LocalDate from, LocalDate to, List<T> items) {
    }

    private final AnalyticsService analytics;
    private final Settings settings;
    private final CurrentUser user;
    private final Inventory inventory;

    public AnalyticsResource(AnalyticsService analytics, Settings settings, CurrentUser user, Inventory inventory) {
        this.inventory = inventory;
        this.analytics = analytics;
        this.settings = settings;
        this.user = user;
    }

    @GET
    @Path("/summary")
    public AnalyticsService.Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange r = range(from, to);
        return analytics.summary(user.tenant(), r.from(), r.to(), waste(r));
    }

    /** Inventory's waste of the days; null (the summary without it) when inventory cannot answer now. */
    private AnalyticsService.Waste waste(DayRange r) {
        try {
            InventoryClient.WasteReport report = inventory.waste(user.tenant(), r.from(), r.to(),
                    settings.zone(user.tenant()));
            return new AnalyticsService.Waste(report.total().wastedUnits(), report.total().wasteCostCents());
        } catch (RuntimeException e) {
            LOG.warnf("Analytics without waste: inventory did not answer (%s)", e.getMessage());
            return null;
        }
    }

    @GET
    @Path("/daily")
    public Items<AnalyticsService.Day> daily(@QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange r = range(from, to);
        return new Items<>(r.from(), r.to(), analytics.daily(user.tenant(), r.from(), r.to()));
    }

    @GET
    @Path("/hourly")
    public Items<AnalyticsService.Hour> hourly(@QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange r = range(from, to);
        return new Items<>(r.from(), r.to(), analytics.hourly(user.tenant(), r.from(), r.to()));
    }

    @GET
    @Path("/top-products")
    public Items<AnalyticsService.ProductFigures> topProducts(@QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        DayRange r = range(from, to);
        return new Items<>(r.from(), r.to(), analytics.topProducts(user.tenant(), r.from(), r.to(), limit));
    }

    private DayRange range(String from, String to) {
        return DayRange.parse(from, to, settings.zone(user.tenant()));
    }
}
