package com.bakery.payments.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's own application.properties, read under the prod profile as a deployment would. */
class PaymentsConfigTest {

    private static SmallRyeConfigBuilder prod(Map<String, String> environment) throws IOException {
        return Configs.builder().withProfile("prod")
                .withSources(new PropertiesConfigSource(
                        PaymentsConfigTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300));
    }

    @Test
    void prodRefusesToStartWithoutAMerchantHandle() {
        Exception refused = assertThrows(Exception.class, () -> prod(Map.of()).build());
        assertTrue(String.valueOf(refused.getMessage()).contains("INFINITY_PAY_HANDLE"), refused.getMessage());
    }

    @Test
    void prodTakesTheHandleFromTheEnvironment() throws IOException {
        PaymentsConfig config = prod(Map.of("INFINITY_PAY_HANDLE", "padaria-central")).build()
                .getConfigMapping(PaymentsConfig.class);
        assertEquals("padaria-central", config.infinitePay().handle());
        assertTrue(config.infinitePay().token().isEmpty());
    }
}
