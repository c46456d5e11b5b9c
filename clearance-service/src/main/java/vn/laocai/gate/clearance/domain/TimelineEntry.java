package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    protected TimelineEntry() {
    }

    public TimelineEntry(Instant at, String step, String actor, String detail) {
        this.at = at;
        this.step = step;
        this.actor = actor;
        this.detail = detail;
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

    public String detail() {
        return detail;
    }
}
