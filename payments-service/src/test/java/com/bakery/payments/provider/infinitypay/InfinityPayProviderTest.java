package com.bakery.payments.provider.infinitypay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InfinityPayProviderTest {

    @Test
    void theSlugIsTheLastSegmentOfTheCheckoutUrl() {
        assertEquals("abc123", InfinityPayProvider.slugOf("https://checkout.infinitepay.io/bakery/abc123"));
        assertEquals("abc123", InfinityPayProvider.slugOf("https://checkout.infinitepay.io/bakery/abc123/?x=1"));
    }
}
