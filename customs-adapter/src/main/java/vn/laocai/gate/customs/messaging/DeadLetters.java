package vn.laocai.gate.customs.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.laocai.gate.customs.application.CustomsEventHandlers;
import vn.laocai.gate.customs.application.DeadLetterReplays;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.UnreadableEventException;
import vn.laocai.gate.support.inbox.EventHandlers;
import vn.laocai.gate.support.messaging.InboundEvent;
import vn.laocai.gate.support.messaging.KafkaConnection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records parked on {@code customs.dead-letter}, and their replay after a fix: a code fix (the
 * record is replayed as it is), missing data that has arrived since (a check-in whose booking is now
 * known), or a corrected payload given by the operator. A replayed record goes through the same
 * {@link CustomsEventHandlers} as a consumed one, so the inbox still applies each event id once: replaying
 * twice changes nothing. Each replay and its outcome is recorded.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String TOPIC = "customs.dead-letter";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** A parked record, with its last replay, if any. */
    public record Parked(int partition, long offset, String key, String eventId, String eventType, String originalTopic,
                         String reason, String payload, Instant parkedAt, String lastReplay, Instant lastReplayAt) {

        /** The same record without its payload: shown so to those not entitled to the personal data it carries. */
        public Parked withoutPayload() {
            return new Parked(partition, offset, key, eventId, eventType, originalTopic, reason, null, parkedAt, lastReplay,
                    lastReplayAt);
        }
    }

    /** What a replay did: APPLIED, ALREADY_APPLIED (its event id was applied before), NOT_OURS or FAILED. */
    public record Replay(int partition, long offset, String eventId, String outcome, String detail) {

        public boolean succeeded() {
            return !"FAILED".equals(outcome);
        }
    }

    private final Map<String, Object> kafka;
    private final CustomsEventHandlers handlers;
    private final DeadLetterReplays replays;
    private final Clock clock;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       CustomsEventHandlers handlers, DeadLetterReplays replays, Clock clock) {
        // the cluster of the channels, with its TLS/SASL settings: the dead-letter reader is a client of our own
        this.kafka = KafkaConnection.of(kafkaConfig);
        this.handlers = handlers;
        this.replays = replays;
        this.clock = clock;
    }

    /** Every parked record, oldest first per partition. */
    public List<Parked> list() {
        Map<DeadLetterReplays.Position, DeadLetterReplays.Replayed> latest = replays.latest();
        List<Parked> parked = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll()) {
            DeadLetterReplays.Replayed last = latest.get(positionOf(r));
            parked.add(new Parked(r.partition(), r.offset(), r.key(), header(r, "ce_id"), header(r, "ce_type"),
                    header(r, "dead-letter-topic"), header(r, "dead-letter-reason"),
                    r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8),
                    Instant.ofEpochMilli(r.timestamp()), last == null ? null : last.outcome(),
                    last == null ? null : last.at()));
        }
        return parked;
    }

    /** Replays one parked record, as it is or with {@code correctedData} in place of its data. */
    public Optional<Replay> replay(int partition, long offset, byte[] correctedData) {
        return readOne(partition, offset).map(r -> replay(r, correctedData));
    }

    /** Replays every parked record that no replay has succeeded for yet. */
    public List<Replay> replayPending() {
        Map<DeadLetterReplays.Position, DeadLetterReplays.Replayed> latest = replays.latest();
        List<Replay> done = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : readAll()) {
            DeadLetterReplays.Replayed last = latest.get(positionOf(r));
            if (last == null || "FAILED".equals(last.outcome())) {
                done.add(replay(r, null));
            }
        }
        return done;
    }

    private Replay replay(ConsumerRecord<String, byte[]> parked, byte[] correctedData) {
        ConsumerRecord<String, byte[]> record = correctedData == null ? parked : new ConsumerRecord<>(
                parked.topic(), parked.partition(), parked.offset(), parked.timestamp(), TimestampType.CREATE_TIME,
                -1, correctedData.length, parked.key(), correctedData, parked.headers(), Optional.empty());
        String eventId = header(parked, "ce_id");
        Replay replay;
        try {
            InboundEvent event = read(record);
            EventHandlers.Outcome outcome = handlers.handle(event.id(), event.payload());
            replay = new Replay(parked.partition(), parked.offset(), eventId, outcome.name(), null);
        } catch (RuntimeException e) {
            replay = new Replay(parked.partition(), parked.offset(), eventId, "FAILED", e.getMessage());
        }
        Replay done = replay;
        replays.add(positionOf(parked), done.eventId(), done.outcome(), done.detail(), correctedData != null,
                Instant.now(clock));
        LOG.infof("Dead letter %d/%d (event %s) replayed%s: %s %s", done.partition(), done.offset(), eventId,
                correctedData == null ? "" : " with corrected data", done.outcome(),
                done.detail() == null ? "" : done.detail());
        return done;
    }

    /**
     * Reads a parked record as the binary-mode CloudEvent the platform publishes (attributes in
     * {@code ce_*} headers, data in the value), without the CloudEvents Kafka reader.
     */
    private static InboundEvent read(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new UnreadableEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a binary-mode CloudEvent (no ce_id or ce_type header)");
        }
        String time = header(record, "ce_time");
        return new InboundEvent(id, type, header(record, "ce_source"),
                time == null ? Instant.ofEpochMilli(record.timestamp()) : java.time.OffsetDateTime.parse(time).toInstant(),
                EventCodec.decode(type, record.value()));
    }

    private static DeadLetterReplays.Position positionOf(ConsumerRecord<String, byte[]> record) {
        return new DeadLetterReplays.Position(record.partition(), record.offset());
    }

    private List<ConsumerRecord<String, byte[]>> readAll() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private Optional<ConsumerRecord<String, byte[]>> readOne(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition p = new TopicPartition(TOPIC, partition);
            if (consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream().noneMatch(i -> i.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(p));
            long end = consumer.endOffsets(List.of(p), Duration.ofSeconds(10)).get(p);
            if (offset >= end || offset < 0) {
                return Optional.empty();
            }
            consumer.seek(p, offset);
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
