package com.bakery.sales.receipt;

import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A completed sale's receipt: {@code GET} shows it; {@code POST .../prints} prints it (the first time the original,
 * then copies marked as such), as JSON for the console's print page or as an 80 mm PDF ({@code Accept:
 * application/pdf}).
 */
@Path("/api/sales/sales/{id}/receipt")
@RolesAllowed({ "cashier", "manager", "auditor" })
public class ReceiptResource {

    private static final String PDF = "application/pdf";

    private final ReceiptService receipts;
    private final CurrentUser user;

    public ReceiptResource(ReceiptService receipts, CurrentUser user) {
        this.receipts = receipts;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Receipt show(@PathParam("id") String id) {
        return receipts.preview(user.tenant(), id);
    }

    @POST
    @Path("/prints")
    @Produces({ MediaType.APPLICATION_JSON, PDF })
    public Response print(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Receipt receipt = receipts.print(user.tenant(), id);
        if (accept != null && accept.contains(PDF)) {
            return Response.ok(ReceiptPdf.render(receipt), PDF).header("Content-Disposition",
                    "inline; filename=\"receipt-" + receipt.receiptNumber() + (receipt.copy() ? "-copy" : "")
                            + ".pdf\"").build();
        }
        return Response.ok(receipt, MediaType.APPLICATION_JSON).build();
    }
}
