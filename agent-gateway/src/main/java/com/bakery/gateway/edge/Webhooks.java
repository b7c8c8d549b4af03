package com.bakery.gateway.edge;

/**
 * Outside providers' webhooks ({@code /api/payments/webhooks/<provider>/<token>}): no JWT, verified by their
 * service. InfinitePay delivers a webhook again only when it is answered 400, so on these paths every refusal the
 * gateway makes on its own (rate limited, payments down or slow) is a 400 "deliver again": a 429 or a 503 would
 * lose a paid card's notice.
 */
public final class Webhooks {

    public static final String PATH = "/api/payments/webhooks/";
    public static final String DEFERRED = "delivery_deferred";

    private Webhooks() {
    }

    public static boolean is(String path) {
        return path != null && path.startsWith(PATH);
    }

    /**
     * The path as the audit trail keeps it: the per-payment token is what makes a webhook URL unguessable, so it
     * never leaves the request ({@code /api/payments/webhooks/infinitypay/{token}}).
     */
    public static String redacted(String path) {
        if (!is(path)) {
            return path;
        }
        int provider = path.indexOf('/', PATH.length());
        return provider < 0 ? path : path.substring(0, provider) + "/{token}";
    }
}
