package com.bakery.simulators.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OtlpReceiverTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final OtlpReceiver receiver = new OtlpReceiver();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static String url;

    @BeforeAll
    static void start() {
        url = receiver.start(0);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @BeforeEach
    void clear() {
        receiver.reset();
    }

    @Test
    void keepsTheSpansOfAnExportWithTheirServiceParentAndAttributes() throws Exception {
        HttpResponse<byte[]> answer = post(export().toByteArray(), "application/x-protobuf", false);

        assertEquals(200, answer.statusCode());
        List<ReceivedSpan> trace = receiver.trace(TRACE);
        assertEquals(2, trace.size());
        ReceivedSpan root = trace.get(0);
        ReceivedSpan child = trace.get(1);
        assertTrue(root.root());
        assertEquals("agent-gateway", root.service());
        assertEquals("SERVER", root.kind());
        assertEquals("req-1", root.attribute("bakery.request_id"));
        assertEquals(root.spanId(), child.parentSpanId());
        assertEquals("CLIENT", child.kind());
    }

    @Test
    void readsAGzippedExport() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(export().toByteArray());
        }
        assertEquals(200, post(zipped.toByteArray(), "application/x-protobuf", true).statusCode());
        assertEquals(2, receiver.trace(TRACE).size());
    }

    @Test
    void refusesWhatIsNotOtlpProtobufAndKeepsNothing() throws Exception {
        assertEquals(415, post("{}".getBytes(), "application/json", false).statusCode());
        assertEquals(400, post(new byte[] { 0x0a, 0x7f, 0x01 }, "application/x-protobuf", false).statusCode());
        assertTrue(receiver.spans().isEmpty());
    }

    private static ExportTraceServiceRequest export() {
        Span root = span("0000000000000001", "", "GET /api/sales/sales", Span.SpanKind.SPAN_KIND_SERVER)
                .addAttributes(KeyValue.newBuilder().setKey("bakery.request_id")
                        .setValue(AnyValue.newBuilder().setStringValue("req-1")))
                .build();
        Span child = span("0000000000000002", "0000000000000001", "GET", Span.SpanKind.SPAN_KIND_CLIENT).build();
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                        .setValue(AnyValue.newBuilder().setStringValue("agent-gateway"))))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(root).addSpans(child))).build();
    }

    private static Span.Builder span(String id, String parent, String name, Span.SpanKind kind) {
        HexFormat hex = HexFormat.of();
        return Span.newBuilder().setTraceId(ByteString.copyFrom(hex.parseHex(TRACE)))
                .setSpanId(ByteString.copyFrom(hex.parseHex(id)))
                .setParentSpanId(ByteString.copyFrom(hex.parseHex(parent))).setName(name).setKind(kind);
    }

    private static HttpResponse<byte[]> post(byte[] body, String type, boolean gzip)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/v1/traces"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (gzip) {
            request.header("Content-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
