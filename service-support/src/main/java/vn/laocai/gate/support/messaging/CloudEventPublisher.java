package vn.laocai.gate.support.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
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
import vn.laocai.gate.support.outbox.OutboxMessage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox messages as CloudEvents (Kafka protocol binding, binary mode, JSON data) with the
 * aggregate id as record key. The producer is idempotent and waits for all in-sync replicas.
 */
@ApplicationScoped
public class CloudEventPublisher {

    private final KafkaProducer<String, CloudEvent> producer;
    private final URI source;
    private final long sendTimeoutMs;

    public CloudEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                               @ConfigProperty(name = "quarkus.application.name") String applicationName,
                               @ConfigProperty(name = "gate.outbox.send-timeout-ms", defaultValue = "15000") long sendTimeoutMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        copySecurity(kafkaConfig, config);
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
        this.source = URI.create("/vn-gate/" + applicationName);
        this.sendTimeoutMs = sendTimeoutMs;
    }

    private static void copySecurity(Map<String, Object> from, Map<String, Object> to) {
        from.forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                to.put(k, v);
            }
        });
    }

    /** Sends every message and waits until Kafka acknowledged all of them; throws when one fails. */
    public void publishAll(List<OutboxMessage> messages) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(messages.size());
        for (OutboxMessage message : messages) {
            acks.add(producer.send(new ProducerRecord<>(message.topic, message.aggregateId, toCloudEvent(message))));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(sendTimeoutMs, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CloudEvent toCloudEvent(OutboxMessage message) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.eventId.toString())
                .withType(message.eventType)
                .withSource(source)
                .withSubject(message.aggregateId)
                .withTime(message.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(message.payload.getBytes(StandardCharsets.UTF_8));
        EventType.ofType(message.eventType).ifPresent(t -> builder.withDataSchema(URI.create(t.dataSchema())));
        return builder.build();
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
