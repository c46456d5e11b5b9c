package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a booked vehicle stands in the yard and the gate: when and how it checked in, its priority
 * class and queue key (the order of the queue), an officer's hold, its lane, and the times of
 * call-forward, gate-in, release and gate-out. The booking says when each step may happen; this
 * value keeps the place and its own rules (a hold is taken once, a reorder outlasts later priorities).
 */
@Embeddable
public class YardPlace {

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_method")
    private CheckInMethod checkInMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "driver_document_check")
    private DocumentCheck driverDocument;

    @Column(name = "requeued", nullable = false)
    private boolean requeued;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority_class")
    private PriorityClass priorityClass;

    @Column(name = "queued_from")
    private Instant queuedFrom;

    @Column(name = "queue_key")
    private Long queueKey;

    @Column(name = "manually_ordered", nullable = false)
    private boolean manuallyOrdered;

    @Column(name = "held", nullable = false)
    private boolean held;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "lane")
    private Integer lane;

    @Column(name = "called_forward_at")
    private Instant calledForwardAt;

    @Column(name = "entered_gate_at")
    private Instant enteredGateAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_for_declaration")
    private String releasedForDeclaration;

    @Column(name = "exited_at")
    private Instant exitedAt;

    /** The furthest its wait went into its cargo's dwell budget that supervisors were told of. */
    @Enumerated(EnumType.STRING)
    @Column(name = "dwell_alert", nullable = false)
    private DwellLevel dwellAlert = DwellLevel.WITHIN;

    @Column(name = "dwell_alerted_at")
    private Instant dwellAlertedAt;

    protected YardPlace() {
    }

    /**
     * Joins the queue at check-in: on time (up to the grace window after the slot) from the slot
     * hour, later re-queued from the arrival, behind those on time.
     */
    void join(CheckInMethod method, DocumentCheck document, PriorityClass priority, ArrivalWindow window, Duration grace, Instant now) {
        driverDocument = document;
        requeued = window.isPastGrace(grace, now);
        queuedFrom = requeued ? now : window.start();
        priorityClass = priority;
        queueKey = QueueKey.of(priority, queuedFrom);
        checkedInAt = now;
        checkInMethod = method;
    }

    /** Takes another priority class, unless an officer placed the vehicle by hand; whether the class changed. */
    boolean reprioritise(PriorityClass next) {
        if (manuallyOrdered || next == priorityClass) {
            return false;
        }
        priorityClass = next;
        queueKey = QueueKey.of(next, queuedFrom);
        return true;
    }

    /** An officer's place in the queue: later priority changes keep it there. */
    void placeAt(long key) {
        queueKey = key;
        manuallyOrdered = true;
    }

    void hold(String reason, String plate) {
        if (held) {
            throw RuleViolation.conflict("already-held", null, "vehicle " + plate + " is already held (" + holdReason + ")")
                    .with("plate", plate).with("reason", holdReason);
        }
        held = true;
        holdReason = reason;
    }

    void liftHold(String plate) {
        if (!held) {
            throw RuleViolation.conflict("not-held", null, "vehicle " + plate + " is not held").with("plate", plate);
        }
        held = false;
        holdReason = null;
    }

    /** The booking ended: a hold no longer applies (its reason stays on record). */
    void dropHold() {
        held = false;
    }

    void calledForward(int toLane, Instant now) {
        lane = toLane;
        calledForwardAt = now;
    }

    void enteredGate(Integer actualLane, Instant now) {
        if (actualLane != null) {
            lane = actualLane;
        }
        enteredGateAt = now;
    }

    void released(String declarationId, Instant now) {
        releasedAt = now;
        releasedForDeclaration = declarationId;
    }

    void exited(Instant now) {
        exitedAt = now;
    }

    /** Why a vehicle may not be called forward now (a problem slug), or null when it may. */
    String callForwardRefusal(BookingStatus status, Clearance clearance) {
        if (status != BookingStatus.WAITING) {
            return "not-waiting";
        }
        return held ? "vehicle-held" : clearance.refusal();
    }

    /** Refuses a call-forward for {@code refusal} ({@link #callForwardRefusal}), telling the officer who asked why; none when it is null. */
    void requireCallable(String refusal, String plate, String code, BookingStatus status, ClearanceState clearance) {
        if (refusal == null) {
            return;
        }
        String why = switch (refusal) {
            case "not-waiting" -> "it is " + status + ", not waiting in the yard";
            case "vehicle-held" -> "an officer holds it (" + holdReason + ")";
            case "consignment-rejected" -> "its consignment was rejected; it must turn back";
            default -> "its clearance is " + clearance + "; it may be called forward once the consignment is ready for the gate";
        };
        throw RuleViolation.conflict(refusal, null, "vehicle " + plate + " (" + code + ") cannot be called forward: " + why)
                .keyed("call-forward").with("plate", plate).with("code", code).with("status", status)
                .with("reason", holdReason).with("clearance", clearance);
    }

    /** Supervisors are told once the wait reaches {@code level}; whether it is further than what they were told. */
    boolean dwellReached(DwellLevel level, Instant now) {
        if (level.compareTo(dwellAlert) <= 0) {
            return false;
        }
        dwellAlert = level;
        dwellAlertedAt = now;
        return true;
    }

    public DwellLevel dwellAlert() {
        return dwellAlert;
    }

    public Instant dwellAlertedAt() {
        return dwellAlertedAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public CheckInMethod checkInMethod() {
        return checkInMethod;
    }

    /** Came later than the grace window: queued from its arrival, behind those on time. */
    public boolean requeued() {
        return requeued;
    }

    /** The class the vehicle took at check-in (or later from declaration data); null before check-in. */
    public PriorityClass priorityClass() {
        return priorityClass;
    }

    public Instant queuedFrom() {
        return queuedFrom;
    }

    public Long queueKey() {
        return queueKey;
    }

    public boolean manuallyOrdered() {
        return manuallyOrdered;
    }

    public boolean held() {
        return held;
    }

    public String holdReason() {
        return holdReason;
    }

    public Integer lane() {
        return lane;
    }

    public Instant calledForwardAt() {
        return calledForwardAt;
    }

    public Instant enteredGateAt() {
        return enteredGateAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releasedForDeclaration() {
        return releasedForDeclaration;
    }

    public Instant exitedAt() {
        return exitedAt;
    }

    /** What the officer read off the driver's document at check-in, against the driver booked; null before check-in. */
    public DocumentCheck driverDocument() {
        return driverDocument;
    }
}
