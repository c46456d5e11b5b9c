package vn.laocai.gate.support.domain;

import vn.laocai.gate.events.GateEvent;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate's changes caused, kept until the application service hands them to the outbox. */
public final class RecordedEvents {

    private final List<GateEvent> events = new ArrayList<>();

    public void record(GateEvent event) {
        events.add(event);
    }

    /** The events recorded since the last call. */
    public List<GateEvent> drain() {
        List<GateEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
