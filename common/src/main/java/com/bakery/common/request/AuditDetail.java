package com.bakery.common.request;

/**
 * A service's word for the gateway's audit record of a request: a JSON object in this response header, which the
 * gateway moves into the record's {@code detail} (its hash chain) and never passes on to the client. Sales puts a
 * closed shift's Z number and report hash there, so the Z chain is anchored in the audit trail as well.
 */
public final class AuditDetail {

    public static final String HEADER = "X-Audit-Detail";

    private AuditDetail() {
    }
}
