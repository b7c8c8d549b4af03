package com.bakery.inventory.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Records an event in the caller's transaction: it leaves only if the change it describes commits. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public void add(String tenant, String type, String aggregateId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.tenantId = tenant;
        event.type = type;
        event.aggregateId = aggregateId;
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        event.persist();
    }
}
