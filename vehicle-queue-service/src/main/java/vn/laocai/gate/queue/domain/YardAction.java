package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An officer's action on a vehicle in the yard, kept for the record: who, when, what and why (and what it did). */
@Entity
@Table(name = "yard_action")
public class YardAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_code", nullable = false, updatable = false)
    private String bookingCode;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    @Column(nullable = false, updatable = false)
    private String officer;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected YardAction() {
    }

    public YardAction(String bookingCode, String action, String reason, String officer, Instant at) {
        this(bookingCode, action, reason, null, officer, at);
    }

    /** An action with what it did besides its reason ({@code detail}: the lane, the new position). */
    public YardAction(String bookingCode, String action, String reason, String detail, String officer, Instant at) {
        this.bookingCode = bookingCode;
        this.action = action;
        this.reason = reason;
        this.detail = detail;
        this.officer = officer;
        this.actedAt = at;
    }

    public String bookingCode() {
        return bookingCode;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public String officer() {
        return officer;
    }

    public Instant actedAt() {
        return actedAt;
    }
}
