package com.bakery.simulators.otlp;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for tests: speaks OTLP over HTTP ({@code POST /v1/traces}, protobuf, optionally gzip), as the
 * services' exporters send it, and keeps every span received. Tests read them in this JVM ({@link #spans()},
 * {@link #trace}); {@code GET /traces/{traceId}} answers one trace as JSON, for a person looking at a running suite.
 * No collector is served here (the OpenTelemetry Collector and Jaeger are not packaged), and a test must not
 * depend on one outside the build anyway.
 */
public final class OtlpReceiver implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();

    private final Vertx vertx = Vertx.vertx();
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Listens on 127.0.0.1 ({@code port} 0: a free one); returns the base URL to give OTEL_EXPORTER_OTLP_ENDPOINT. */
    public String start(int port) {
        return start(port, "127.0.0.1");
    }

    public String start(int port, String host) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(16L * 1024 * 1024));
        router.post("/v1/traces").handler(this::receive);
        router.get("/traces/:traceId").handler(this::show);
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, host)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("OTLP receiver could not listen on port " + port, e);
        }
        return "http://" + host + ":" + server.actualPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace, in the order they arrived. */
    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    public void reset() {
        spans.clear();
    }

    private void receive(RoutingContext ctx) {
        if (!String.valueOf(ctx.request().getHeader("Content-Type")).startsWith("application/x-protobuf")) {
            ctx.response().setStatusCode(415).end();
            return;
        }
        ExportTraceServiceRequest request;
        try {
            request = ExportTraceServiceRequest.parseFrom(body(ctx));
        } catch (InvalidProtocolBufferException e) {
            ctx.response().setStatusCode(400).end();
            return;
        }
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = text(resource.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(received(service, span)));
            }
        }
        ctx.response().putHeader("Content-Type", "application/x-protobuf")
                .end(Buffer.buffer(ExportTraceServiceResponse.getDefaultInstance().toByteArray()));
    }

    private static byte[] body(RoutingContext ctx) {
        byte[] raw = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        if (!"gzip".equalsIgnoreCase(ctx.request().getHeader("Content-Encoding"))) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReceivedSpan received(String service, Span span) {
        return new ReceivedSpan(hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()), service,
                span.getName(), span.getKind().name().replace("SPAN_KIND_", ""), text(span.getAttributesList()),
                span.getLinksList().stream().map(link -> hex(link.getSpanId())).toList());
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        attributes.forEach(kv -> map.put(kv.getKey(), text(kv.getValue())));
        return map;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    private void show(RoutingContext ctx) {
        JsonArray trace = new JsonArray();
        trace(ctx.pathParam("traceId")).forEach(s -> trace.add(new JsonObject().put("spanId", s.spanId())
                .put("parentSpanId", s.parentSpanId()).put("service", s.service()).put("name", s.name())
                .put("kind", s.kind())
                .put("attributes", new JsonObject(new LinkedHashMap<String, Object>(s.attributes())))
                .put("links", new JsonArray(s.links()))));
        ctx.response().putHeader("Content-Type", "application/json").end(trace.encodePrettily());
    }

    @Override
    public void close() {
        vertx.close();
    }
}
