package com.bakery.inventory.plan;

import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import com.bakery.inventory.day.DayParams;
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

/**
 * What to bake on a day ({@code date}, tomorrow when absent) from the last {@code weeks} weeks of the same weekday.
 * A line turns into production in one call: {@code POST /api/inventory/production-runs} with its {@code recipeId}
 * and {@code batches}.
 */
@Path("/api/inventory/bake-plan")
@RolesAllowed({ "manager", "baker", "admin", "auditor" })
@Produces(MediaType.APPLICATION_JSON)
public class BakePlanResource {

    private final BakePlanService plans;
    private final CurrentUser user;

    public BakePlanResource(BakePlanService plans, CurrentUser user) {
        this.plans = plans;
        this.user = user;
    }

    @GET
    public BakePlan plan(@QueryParam("date") String date,
            @QueryParam("weeks") @DefaultValue("4") @Min(1) @Max(12) int weeks) {
        LocalDate tomorrow = plans.tomorrow();
        LocalDate day = DayParams.optionalDay("date", date).orElse(tomorrow);
        if (day.isBefore(tomorrow.minusYears(1)) || day.isAfter(tomorrow.plusDays(13))) {
            throw ProblemException.invalid("date", "must be within the last year or the next two weeks");
        }
        return plans.plan(user.tenant(), day, weeks);
    }
}
