package com.bakery.common.trace;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.opentelemetry.semconv.UrlAttributes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which traces are recorded (and so exported). Quarkus uses this bean instead of its configured sampler; it exists
 * because the suite's scheduled jobs (the outbox relay, the payment-event poll, recovery) query PostgreSQL and Redis
 * every second: without it each of those calls would be a trace of one span. So a trace begins only where work
 * arrives (a request received, an event consumed); everything else joins the trace it runs in. Management requests
 * ({@code /q/...}: probes, scrapes) begin none. Nothing is recorded while no exporter endpoint is set
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT}); trace and span ids still exist then, in log lines and passed on to the next
 * service. Of the traces begun, {@code OTEL_TRACES_SAMPLER_ARG} (0 to 1) are kept; a span whose parent was kept is.
 */
@Singleton
public class RequestSampler implements Sampler {

    private final boolean exporting;
    private final Sampler roots;
    private final Sampler joined;

    public RequestSampler(
            @ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> endpoint,
            TracingConfig config) {
        this.exporting = endpoint.filter(e -> !e.isBlank()).isPresent();
        this.roots = Sampler.traceIdRatioBased(config.ratio());
        this.joined = Sampler.parentBased(roots);
    }

    @Override
    public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
            Attributes attributes, List<LinkData> links) {
        if (!exporting) {
            return SamplingResult.drop();
        }
        if (Span.fromContext(parent).getSpanContext().isValid()) {
            return joined.shouldSample(parent, traceId, name, kind, attributes, links);
        }
        if (kind != SpanKind.SERVER && kind != SpanKind.CONSUMER || isManagement(attributes)) {
            return SamplingResult.drop();
        }
        return roots.shouldSample(parent, traceId, name, kind, attributes, links);
    }

    private static boolean isManagement(Attributes attributes) {
        String path = attributes.get(UrlAttributes.URL_PATH);
        return path != null && path.startsWith("/q/");
    }

    @Override
    public String getDescription() {
        return "RequestSampler{exporting=" + exporting + ", roots=" + roots.getDescription() + "}";
    }
}
