package vn.laocai.gate.support.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.support.messaging.KafkaConnection;
import vn.laocai.gate.support.tracing.TraceContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox messages as CloudEvents (Kafka protocol binding, binary mode, JSON data) with the
 * aggregate id as record key. The producer is idempotent and waits for all in-sync replicas.
 * A message recorded within a trace is sent in a producer span continuing that trace, whose W3C
 * {@code traceparent} / {@code tracestate} go along as record headers; a message without one (older
 * rows) is sent as before, without them.
 */
@ApplicationScoped
public class CloudEventPublisher {

    private final KafkaProducer<String, CloudEvent> producer;
    private final URI source;
    private final long sendTimeoutMs;
    private final Tracer tracer;

    public CloudEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                               OpenTelemetry openTelemetry,
                               @ConfigProperty(name = "quarkus.application.name") String applicationName,
                               @ConfigProperty(name = "gate.outbox.send-timeout-ms", defaultValue = "15000") long sendTimeoutMs) {
        Map<String, Object> config = KafkaConnection.of(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        int linger = 5;
        int requestTimeout = (int) Math.min(5000, Math.max(1000, sendTimeoutMs / 2));
        config.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeoutMs, linger + requestTimeout));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer());
        this.source = URI.create(EventType.source(applicationName));
        this.sendTimeoutMs = sendTimeoutMs;
        this.tracer = openTelemetry.getTracer("vn.laocai.gate.support");
    }

    /** Sends every message and waits until Kafka acknowledged all of them; throws when one fails. */
    public void publishAll(List<OutboxMessage> messages) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(messages.size());
        List<Span> spans = new ArrayList<>();
        try {
            for (OutboxMessage message : messages) {
                ProducerRecord<String, CloudEvent> record = toRecord(message);
                if (message.traceParent != null) {
                    Span span = publishSpan(message);
                    spans.add(span);
                    TraceContext.inject(Context.root().with(span), record.headers());
                }
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(sendTimeoutMs, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            spans.forEach(s -> s.setStatus(StatusCode.ERROR, "not acknowledged"));
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            spans.forEach(Span::end);
        }
    }

    /** The record of a message, without trace headers. */
    ProducerRecord<String, CloudEvent> toRecord(OutboxMessage message) {
        return new ProducerRecord<>(message.topic, message.aggregateId, toCloudEvent(message));
    }

    /** A producer span continuing the trace the message was recorded in. */
    private Span publishSpan(OutboxMessage message) {
        return tracer.spanBuilder(message.topic + " publish")
                .setParent(TraceContext.fromStored(message.traceParent, message.traceState))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "publish")
                .setAttribute("messaging.destination.name", message.topic)
                .setAttribute("messaging.message.id", message.eventId.toString())
                .setAttribute("messaging.kafka.message.key", message.aggregateId)
                .setAttribute("cloudevents.event_type", message.eventType)
                .startSpan();
    }

    CloudEvent toCloudEvent(OutboxMessage message) {
        // a row recorded under a type's name of before goes out under its name of now
        EventType type = EventType.ofType(message.eventType).orElse(null);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.eventId.toString())
                .withType(type == null ? message.eventType : type.type())
                .withSource(source)
                .withSubject(message.aggregateId)
                .withTime(message.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(message.payload.getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            builder.withDataSchema(URI.create(type.dataSchema()));
        }
        return builder.build();
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
