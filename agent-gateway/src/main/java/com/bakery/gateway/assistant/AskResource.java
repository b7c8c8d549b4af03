package com.bakery.gateway.assistant;

import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import com.bakery.gateway.edge.exchange.Exchange;
import com.bakery.gateway.identity.flag.FlagService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code POST /api/agent/ask}: staff questions answered from live data; every ask and its tool calls audited. */
@Path("/api/agent/ask")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AskResource {

    private static final int MAX_QUESTION = 1_000;

    private final Assistant assistant;
    private final GeminiAssistant gemini;
    private final AssistantConfig.Provider provider;
    private final CurrentUser user;
    private final JsonWebToken jwt;
    private final FlagService flags;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public AskResource(Assistant assistant, GeminiAssistant gemini, AssistantConfig config, CurrentUser user,
            JsonWebToken jwt, FlagService flags, ObjectMapper json, MeterRegistry metrics) {
        this.metrics = metrics;
        this.assistant = assistant;
        this.gemini = gemini;
        this.provider = config.provider();
        this.user = user;
        this.jwt = jwt;
        this.flags = flags;
        this.json = json;
    }

    @POST
    public AskAnswer ask(AskRequest request, @Context RoutingContext ctx) {
        Asker asker = new Asker(jwt.getRawToken(), user.tenant(), user.subject(), user.groups());
        if (!Boolean.TRUE.equals(flags.evaluate(asker.tenant(), asker.subject()).get("assistant"))) {
            counted(provider, "refused");
            throw ProblemException.forbidden("assistant_disabled",
                    "The assistant is switched off for you (feature flag 'assistant').");
        }
        AskAnswer answer;
        if (request != null && request.confirm() != null && !request.confirm().isBlank()) {
            answer = assistant.confirm(asker, request.confirm().strip()).orElseThrow(() -> new ProblemException(404,
                    "confirmation_not_found", "Not Found",
                    "No write is waiting for this confirmation: it is unknown, expired, already done, or not yours."));
        } else {
            String question = request == null ? null : request.question();
            if (question == null || question.isBlank()) {
                throw ProblemException.invalid("question", "is required");
            }
            if (question.length() > MAX_QUESTION) {
                throw ProblemException.invalid("question", "must be at most " + MAX_QUESTION + " characters");
            }
            answer = answer(asker, question.strip());
        }
        Exchange.of(ctx).detail(audit(request, answer));
        counted(answer.provider(), answer.note() == null ? "answered" : "fallback");
        return answer;
    }

    /** {@code bakery_assistant_asks_total}: by the provider that answered, and whether the one chosen could. */
    private void counted(AssistantConfig.Provider by, String outcome) {
        metrics.counter("bakery.assistant.asks", "provider", by.name().toLowerCase(Locale.ROOT), "outcome", outcome)
                .increment();
    }

    /** Gemini when chosen and configured (falling back to the offline assistant); the offline assistant otherwise. */
    private AskAnswer answer(Asker asker, String question) {
        return provider == AssistantConfig.Provider.GEMINI && gemini.configured() ? gemini.ask(asker, question)
                : assistant.ask(asker, question);
    }

    private String audit(AskRequest request, AskAnswer answer) {
        try {
            return json.writeValueAsString(Map.of("question", String.valueOf(request.question()),
                    "confirm", String.valueOf(request.confirm()), "toolCalls", answer.toolCalls(),
                    "answer", answer.answer()));
        } catch (JsonProcessingException e) {
            return "{\"error\":\"not serialisable\"}";
        }
    }
}
