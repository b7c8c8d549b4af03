package com.bakery.gateway.edge.exchange;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 192.0.2.7}): the trusted proxies in front
 * of the gateway (an ingress controller's pods change addresses, so exact IPs cannot list them), the internal
 * networks services call from. Matching is Netty's subnet rule (IPv4 and IPv6).
 */
public final class AddressRanges {

    private final List<IpSubnetFilterRule> ranges;

    private AddressRanges(List<IpSubnetFilterRule> ranges) {
        this.ranges = ranges;
    }

    /** @throws IllegalArgumentException naming the entry that is neither an address nor a CIDR range */
    public static AddressRanges of(List<String> entries) {
        return new AddressRanges(entries.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(AddressRanges::range).toList());
    }

    public boolean contains(String address) {
        InetAddress parsed = literal(address);
        if (parsed == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(parsed, 0);
        return ranges.stream().anyMatch(r -> r.matches(socket));
    }

    private static IpSubnetFilterRule range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = literal(address);
        if (parsed == null) {
            throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
        }
        int full = parsed.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? full : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > full) {
            throw new IllegalArgumentException("'" + entry + "' has no valid prefix length");
        }
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }

    /** An IP literal only, never a name: looking names up would let a header trigger DNS queries. */
    private static InetAddress literal(String address) {
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.isEmpty() || !(a.contains(":") || a.chars().allMatch(c -> Character.isDigit(c) || c == '.'))) {
            return null;
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
