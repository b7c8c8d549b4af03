package com.bakery.gateway.edge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The client address behind trusted proxies: the right-most hop that is not one of them, never what a client wrote. */
class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(AddressRanges.of(List.of("10.0.0.0/8", "fd00::/8",
            "192.0.2.7")));

    @Test
    void aSpoofedLeftMostAddressIsNotTheClient() {
        // the client wrote 1.2.3.4; the ingress (10.1.2.3) appended the address it saw
        assertEquals("203.0.113.9", behindIngress.client("10.1.2.3", List.of("1.2.3.4, 203.0.113.9")));
    }

    @Test
    void proxiesInARowAreSkippedByTheirRanges() {
        assertEquals("203.0.113.9", behindIngress.client("10.0.0.5", List.of("203.0.113.9, 192.0.2.7", "10.9.9.9")));
        assertEquals("2001:db8::1", behindIngress.client("fd00::1", List.of("2001:db8::1")));
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        assertEquals("198.51.100.4", behindIngress.client("198.51.100.4", List.of("10.0.0.1, 1.2.3.4")));
    }

    @Test
    void aTrustedPeerWithoutHeaderIsItself() {
        assertEquals("10.1.2.3", behindIngress.client("10.1.2.3", List.of()));
    }

    @Test
    void rangesMatchByPrefixAndNamesAreNeverLookedUp() {
        AddressRanges proxies = AddressRanges.of(List.of("10.0.0.0/8", " 192.0.2.7 "));
        assertTrue(proxies.contains("10.255.0.1"));
        assertFalse(proxies.contains("11.0.0.1"));
        assertTrue(proxies.contains("192.0.2.7"));
        assertFalse(proxies.contains("192.0.2.8"));
        assertFalse(proxies.contains("localhost"));
        assertFalse(proxies.contains("not an address"));
    }

    @Test
    void aBadEntryIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AddressRanges.of(List.of("10.0.0.0/33")));
        assertTrue(e.getMessage().contains("10.0.0.0/33"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.of(List.of("ingress.local")));
    }
}
