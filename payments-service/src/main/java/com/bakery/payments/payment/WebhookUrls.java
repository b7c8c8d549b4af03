package com.bakery.payments.payment;

import com.bakery.common.security.Sha256;
import com.bakery.payments.config.PaymentsConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Per-payment webhook addresses. The provider signs nothing, so the address itself is the secret: 256 random
 * bits, of which only a SHA-256 hash is stored, so a database reader cannot forge a delivery either.
 */
@ApplicationScoped
public class WebhookUrls {

    public static final String PATH = "/api/payments/webhooks/infinitypay/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentsConfig config;

    public WebhookUrls(PaymentsConfig config) {
        this.config = config;
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    public String urlFor(String token) {
        return base().replaceAll("/+$", "") + PATH + token;
    }

    /** The configured public URL, else this service itself (the port is read late: tests listen on a free one). */
    private String base() {
        return config.publicUrl().orElseGet(() -> {
            String port = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            return "http://127.0.0.1:" + ConfigProvider.getConfig().getValue(port, Integer.class);
        });
    }
}
