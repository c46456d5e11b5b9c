package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.laocai.gate.support.domain.Message;

import java.time.Instant;

/** One step of a consignment's clearance: who did what, and when. */
@Embeddable
public class TimelineEntry {

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String step;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String detail;

    /** What readers are told, in their language; null on entries written before it was kept. */
    @Column(name = "message")
    private Message said;

    protected TimelineEntry() {
    }

    public TimelineEntry(Instant at, String step, String actor, String detail, Message said) {
        this.at = at;
        this.step = step;
        this.actor = actor;
        this.detail = detail;
        this.said = said;
    }

    public Instant at() {
        return at;
    }

    public String step() {
        return step;
    }

    public String actor() {
        return actor;
    }

    /** The entry as recorded, in English. */
    public String detail() {
        return detail;
    }

    /** The entry as a catalogue message; null for an entry written before messages were kept. */
    public Message said() {
        return said;
    }
}
