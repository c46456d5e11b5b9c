package vn.laocai.gate.support.inbox;

import vn.laocai.gate.events.GateEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The handlers of the inbound events one service applies, chosen by the payload's type. Each service
 * builds one in its application layer; its Kafka consumers (and any replay of parked records) decode a
 * record and hand it here, so that an event is applied the same way whichever path brought it.
 * A type nobody registered is {@link Outcome#NOT_OURS}: another service's business, skipped.
 */
public final class EventHandlers {

    /** What became of an event. */
    public enum Outcome {
        /** The handler applied it. */
        APPLIED,
        /** The handler had applied it before (a redelivery): nothing changed. */
        ALREADY_APPLIED,
        /** No handler for its type. */
        NOT_OURS
    }

    /** Applies one event; answers false when the event had been applied before. */
    @FunctionalInterface
    public interface Handler<E extends GateEvent> {
        boolean apply(String eventId, E event);
    }

    private final Map<Class<? extends GateEvent>, Handler<GateEvent>> handlers;

    private EventHandlers(Map<Class<? extends GateEvent>, Handler<GateEvent>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Hands {@code event} to the handler of its type. */
    public Outcome handle(String eventId, GateEvent event) {
        Handler<GateEvent> handler = event == null ? null : handlers.get(event.getClass());
        if (handler == null) {
            return Outcome.NOT_OURS;
        }
        return handler.apply(eventId, event) ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
    }

    /** The event types handled. */
    public Set<Class<? extends GateEvent>> types() {
        return handlers.keySet();
    }

    /** Registers one handler per event type; a type registered twice is a programming error. */
    public static final class Builder {

        private final Map<Class<? extends GateEvent>, Handler<GateEvent>> handlers = new LinkedHashMap<>();

        private Builder() {
        }

        @SuppressWarnings("unchecked")
        public <E extends GateEvent> Builder on(Class<E> type, Handler<? super E> handler) {
            if (handlers.putIfAbsent(type, (Handler<GateEvent>) handler) != null) {
                throw new IllegalStateException("two handlers for " + type.getSimpleName());
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers);
        }
    }
}
