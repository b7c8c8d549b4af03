package com.bakery.gateway.console;

import io.nayuki.qrcodegen.QrCode;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * A QR code as SVG, for the console's card payments: the buyer scans the payment link from the counter screen.
 * It only draws the text it is given (no data of the suite), so it needs no token, as an image tag sends none.
 */
@Path("/console/qr.svg")
@PermitAll
public class QrResource {

    static final String SVG = "image/svg+xml";

    @GET
    @Produces(SVG)
    public Response qr(@QueryParam("text") @NotBlank @Size(max = 1000) String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(svg(qr, 4)).type(SVG).cacheControl(cache).build();
    }

    /** One path of unit squares for the dark modules, inside a quiet zone of {@code border} modules. */
    static String svg(QrCode qr, int border) {
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
