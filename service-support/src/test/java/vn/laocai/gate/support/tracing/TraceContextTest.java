package vn.laocai.gate.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void a_stored_trace_context_goes_on_a_kafka_record_as_w3c_headers_and_comes_back() {
        Context stored = TraceContext.fromStored(TRACEPARENT, "lc=gate2");
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01".getBytes(StandardCharsets.UTF_8));

        TraceContext.inject(stored, headers);

        assertThat(headers.headers("traceparent")).singleElement()
                .satisfies(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).isEqualTo(TRACEPARENT));
        assertThat(new String(headers.lastHeader("tracestate").value(), StandardCharsets.UTF_8)).isEqualTo("lc=gate2");
        SpanContext read = Span.fromContext(stored).getSpanContext();
        assertThat(read.isRemote()).isTrue();
        assertThat(read.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(read.getSpanId()).isEqualTo("00f067aa0ba902b7");
    }

    @Test
    void without_a_trace_nothing_is_stored_nor_sent() {
        assertThat(TraceContext.current()).isEmpty();
        RecordHeaders headers = new RecordHeaders();
        TraceContext.inject(TraceContext.fromStored(null, null), headers);
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void the_current_span_is_what_the_outbox_stores() {
        Context base = Context.root().with(Span.wrap(SpanContext.create("0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault())));
        try (Scope ignored = base.makeCurrent()) {
            assertThat(TraceContext.current()).containsExactly(
                    Map.entry("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        }
    }

    @Test
    void a_malformed_stored_traceparent_sends_no_headers_rather_than_garbage() {
        RecordHeaders headers = new RecordHeaders();
        TraceContext.inject(TraceContext.fromStored("not-a-traceparent", null), headers);
        assertThat(headers.toArray()).isEmpty();
    }
}
