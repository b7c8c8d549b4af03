package com.bakery.gateway.audit;

import java.util.List;

/** A place audit records are copied to. Delivering a batch either succeeds or throws (and is retried). */
public interface AuditSink {

    String name();

    void deliver(List<AuditLink> batch) throws Exception;
}
