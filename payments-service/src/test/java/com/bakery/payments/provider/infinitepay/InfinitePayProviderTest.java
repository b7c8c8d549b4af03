package com.bakery.payments.provider.infinitepay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InfinitePayProviderTest {

    @Test
    void theSlugIsTheLastSegmentOfTheCheckoutUrl() {
        assertEquals("abc123", InfinitePayProvider.slugOf("https://checkout.infinitepay.io/bakery/abc123"));
        assertEquals("abc123", InfinitePayProvider.slugOf("https://checkout.infinitepay.io/bakery/abc123/?x=1"));
    }
}
