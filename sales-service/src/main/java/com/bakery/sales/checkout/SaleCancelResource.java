package com.bakery.sales.checkout;

import com.bakery.common.security.CurrentUser;
import com.bakery.sales.remote.Caller;
import com.bakery.sales.saga.CheckoutSaga;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.sale.SaleView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A card sale still waiting for the buyer is given up (the card was declined, the buyer left). */
@Path("/api/sales/sales/{id}/cancel")
@Produces(MediaType.APPLICATION_JSON)
public class SaleCancelResource {

    private final SaleRepository sales;
    private final CheckoutSaga saga;
    private final CurrentUser user;
    private final JsonWebToken jwt;

    public SaleCancelResource(SaleRepository sales, CheckoutSaga saga, CurrentUser user, JsonWebToken jwt) {
        this.sales = sales;
        this.saga = saga;
        this.user = user;
        this.jwt = jwt;
    }

    @POST
    @RolesAllowed({ "cashier", "manager" })
    public SaleView cancel(@PathParam("id") String id) {
        Sale sale = sales.getInTenant(user.tenant(), id);
        return SaleView.of(saga.cancel(sale.id, Caller.bearer(user.tenant(), jwt.getRawToken())));
    }
}
