package com.bakery.gateway.audit;

import com.bakery.common.security.Sha256;

/**
 * One request through the gateway, as the audit trail keeps it. {@code denial}: why it was refused, if it was;
 * {@code detail}: what was done on the request's behalf (the assistant's tool calls), if anything.
 */
public record AuditRecord(long atMs, String requestId, String tenant, String subject, String method, String path,
        int status, long latencyMs, String clientIp, String denial, String detail) {

    public AuditRecord(long atMs, String requestId, String tenant, String subject, String method, String path,
            int status, long latencyMs, String clientIp, String denial) {
        this(atMs, requestId, tenant, subject, method, path, status, latencyMs, clientIp, denial, null);
    }

    /** The first link of the chain. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256 over the previous record's hash and every field of this one, each field length-prefixed; the detail
     * only when there is one, so records from before it existed keep their hashes.
     */
    public String hash(String previous) {
        StringBuilder canonical = new StringBuilder(previous);
        for (Object field : new Object[] { atMs, requestId, tenant, subject, method, path, status, latencyMs,
                clientIp, denial }) {
            String text = field == null ? "" : field.toString();
            canonical.append('|').append(field == null ? -1 : text.length()).append(':').append(text);
        }
        if (detail != null) {
            canonical.append("|detail|").append(detail.length()).append(':').append(detail);
        }
        return Sha256.hex(canonical.toString());
    }
}
