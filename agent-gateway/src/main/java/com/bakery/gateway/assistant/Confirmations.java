package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.Tool;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the assistant proposed and the asker has not confirmed yet, kept in Redis for a few minutes (shared by
 * every gateway replica). A confirmation is taken once, and only by the user it was proposed to.
 */
@ApplicationScoped
public class Confirmations {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final String PREFIX = "assistant:confirm:";

    private record Pending(String tenant, String subject, Tool tool, Map<String, Object> arguments) {
    }

    private final ValueCommands<String, String> values;
    private final ObjectMapper json;

    public Confirmations(RedisDataSource redis, ObjectMapper json) {
        this.values = redis.value(String.class);
        this.json = json;
    }

    public String propose(Asker asker, ToolCall call) {
        String id = UUID.randomUUID().toString();
        try {
            values.setex(PREFIX + id, TTL.toSeconds(), json.writeValueAsString(new Pending(asker.tenant(),
                    asker.subject(), call.tool(), call.arguments())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** The proposed call, once, if {@code id} was proposed to this asker and has not expired. */
    public Optional<ToolCall> take(Asker asker, String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        String stored = values.get(PREFIX + id);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            Pending p = json.readValue(stored, new TypeReference<Pending>() {
            });
            // someone else's id is left alone; the owner's is taken (two confirms at once: the id is also the
            // write's idempotency key, so the service does it once)
            if (!p.tenant().equals(asker.tenant()) || !p.subject().equals(asker.subject())
                    || values.getdel(PREFIX + id) == null) {
                return Optional.empty();
            }
            return Optional.of(new ToolCall(p.tool(), p.arguments()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
