package com.bakery.payments.provider.infinitepay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.bakery.payments.config.PaymentsConfig;
import io.smallrye.config.SmallRyeConfig;
import com.bakery.payments.config.Configs;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfinitePayTokenTest {

    private static PaymentsConfig config(Map<String, String> properties) {
        SmallRyeConfig config = Configs.builder().withDefaultValues(properties).build();
        return config.getConfigMapping(PaymentsConfig.class);
    }

    /** A request context that only has headers, which is all the filter touches. */
    private static MultivaluedMap<String, Object> filter(InfinitePayToken filter) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ClientRequestContext request = (ClientRequestContext) Proxy.newProxyInstance(
                ClientRequestContext.class.getClassLoader(), new Class<?>[] { ClientRequestContext.class },
                (proxy, method, args) -> method.getName().equals("getHeaders") ? headers : null);
        filter.filter(request);
        return headers;
    }

    @Test
    void theTokenIsSentAsABearerTokenOnlyWhenConfigured() {
        MultivaluedMap<String, Object> with = filter(new InfinitePayToken(config(Map.of(
                "payments.infinitypay.handle", "shop", "payments.infinitypay.token", "s3cret"))));
        assertEquals("Bearer s3cret", with.getFirst("Authorization"));
        MultivaluedMap<String, Object> without = filter(new InfinitePayToken(config(Map.of(
                "payments.infinitypay.handle", "shop"))));
        assertNull(without.getFirst("Authorization"));
    }
}
