package vn.laocai.gate.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.laocai.gate.events.EventCodec;
import vn.laocai.gate.events.EventType;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.support.tracing.TraceContext;
import vn.laocai.gate.support.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Records events in the same database transaction as the state change that caused them;
 * {@link OutboxRelay} publishes them afterwards. An event is never published for a change that
 * rolled back, and never lost for one that committed. Each event keeps the W3C trace context of the
 * transaction that recorded it, so its Kafka record continues the same trace.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(GateEvent event) {
        EventType type = EventType.of(event);
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.eventType = type.type();
        message.topic = type.topic();
        message.aggregateId = event.aggregateId();
        message.payload = EventCodec.encodeToString(event);
        message.occurredAt = Instant.now(clock);
        Map<String, String> trace = TraceContext.current();
        message.traceParent = trace.get(TraceContext.TRACEPARENT);
        message.traceState = trace.get(TraceContext.TRACESTATE);
        message.persist();
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.run(transactions, Outbox.class, relay::wakeUp);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Collection<? extends GateEvent> events) {
        events.forEach(this::record);
    }
}
