package vn.laocai.gate.support.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of one journey as it crosses a hop:
 * taken from the current span when an event is recorded in the outbox, kept in the outbox row, put
 * on the Kafka record as headers of the same names (as OpenTelemetry's Kafka instrumentation and the
 * CloudEvents distributed-tracing extension name them). The consuming side needs nothing of this:
 * the Kafka connector, instrumented by quarkus-opentelemetry, starts its span as a child of the
 * record's {@code traceparent} and keeps it current while the consumer method runs. Always W3C,
 * whatever propagators the service configures, so every hop speaks the same format.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The W3C headers of {@code context}: empty when it holds no valid span. */
    public static Map<String, String> headersOf(Context context) {
        Map<String, String> headers = new LinkedHashMap<>();
        W3C.inject(context, headers, Map::put);
        return headers;
    }

    /** The W3C headers of the current span: empty outside of any trace. */
    public static Map<String, String> current() {
        return headersOf(Context.current());
    }

    /** A context continuing a stored {@code traceparent} (and {@code tracestate}); the root context when there is none. */
    public static Context fromStored(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            stored.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), stored, MAP);
    }

    /** Puts the W3C headers of {@code context} on a Kafka record (replacing any there); nothing when it holds no valid span. */
    public static void inject(Context context, Headers headers) {
        headersOf(context).forEach((key, value) -> {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }
}
