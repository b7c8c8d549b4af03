package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.AssistantConfig.Provider;
import com.bakery.gateway.assistant.tool.Tool;
import com.bakery.gateway.assistant.tool.ToolStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a question with the local provider: the intent parser picks the tools, each runs with the asker's
 * token, and the answer is put together from what they returned. A write is only proposed; it runs when the
 * same asker confirms it.
 */
@ApplicationScoped
public class Assistant {

    private final IntentParser parser = new IntentParser();
    private final AssistantTools tools;
    private final Confirmations confirmations;

    public Assistant(AssistantTools tools, Confirmations confirmations) {
        this.tools = tools;
        this.confirmations = confirmations;
    }

    public AskAnswer ask(Asker asker, String question) {
        Catalogue catalogue = tools.catalogue(asker);
        List<ToolCall> calls = parser.parse(question, catalogue, LocalDate.now(ZoneOffset.UTC));
        if (calls.isEmpty()) {
            return new AskAnswer(Answers.HELP, Map.of(), List.of(), null);
        }
        if (calls.size() == 1 && calls.get(0).tool().writes()) {
            return propose(asker, calls.get(0), List.of(), Provider.LOCAL);
        }
        List<String> sentences = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        List<AskAnswer.Call> made = new ArrayList<>();
        for (ToolCall call : calls) {
            ToolResult result = tools.read(call, asker);
            sentences.add(Answers.of(call, result, catalogue));
            if (result.ok()) {
                data.put(call.tool().wireName(), result.data());
            }
            made.add(new AskAnswer.Call(call, result.status()));
        }
        return new AskAnswer(String.join(" ", sentences), data, made, null);
    }

    /**
     * A write asked for (by the question, or by the model of {@code provider} after the calls {@code made}): refused
     * when the asker may not, else kept for the asker's confirmation and only described.
     */
    AskAnswer propose(Asker asker, ToolCall call, List<AskAnswer.Call> made, Provider provider) {
        ToolResult check = tools.check(call, asker);
        List<AskAnswer.Call> calls = new ArrayList<>(made);
        if (check.status() != ToolStatus.PROPOSED) {
            calls.add(new AskAnswer.Call(call, check.status()));
            return new AskAnswer(Answers.of(call, check, Catalogue.empty()), Map.of(), calls, null, provider, null);
        }
        String id = confirmations.propose(asker, call);
        calls.add(new AskAnswer.Call(call, ToolStatus.PROPOSED));
        return new AskAnswer(Answers.proposal(call, id), Map.of(), calls,
                new AskAnswer.Confirmation(id, Instant.now().plus(Confirmations.TTL)), provider, null);
    }

    /** Runs a write the asker confirmed; empty when the id is unknown, expired, used, or someone else's. */
    public java.util.Optional<AskAnswer> confirm(Asker asker, String id) {
        return confirmations.take(asker, id).map(call -> {
            ToolResult result = tools.execute(call, asker, id);
            String answer = result.ok() ? done(call, result) : Answers.of(call, result, Catalogue.empty());
            Map<String, Object> data = result.ok() ? Map.of(call.tool().wireName(), result.data()) : Map.of();
            return new AskAnswer(answer, data, List.of(new AskAnswer.Call(call,
                    result.ok() ? ToolStatus.DONE : result.status())), null);
        });
    }

    private static String done(ToolCall call, ToolResult result) {
        return call.tool() == Tool.RECEIVE_BATCH
                ? "Received " + call.arguments().get("quantity") + " of " + call.arguments().get("name") + " (batch "
                        + result.data().path("id").asLong() + ")."
                : "Production run " + result.data().path("id").asLong() + " of " + call.arguments().get("name")
                        + " done: " + result.data().path("unitsProduced").asText() + " units, material cost "
                        + Answers.money(result.data().path("materialCostCents").asLong()) + ".";
    }
}
