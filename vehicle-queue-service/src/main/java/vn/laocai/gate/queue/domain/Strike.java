package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One no-show or late cancellation of a booking, counted against one subject (the booking's account or its vehicle). */
@Entity
@Table(name = "booking_strike")
public class Strike {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StrikeKind kind;

    @Column(name = "booking_code", nullable = false, updatable = false)
    private String bookingCode;

    @Column(name = "struck_at", nullable = false, updatable = false)
    private Instant struckAt;

    protected Strike() {
    }

    public Strike(String subject, StrikeKind kind, String bookingCode, Instant at) {
        this.subject = subject;
        this.kind = kind;
        this.bookingCode = bookingCode;
        this.struckAt = at;
    }

    public String subject() {
        return subject;
    }

    public StrikeKind kind() {
        return kind;
    }

    public String bookingCode() {
        return bookingCode;
    }

    public Instant struckAt() {
        return struckAt;
    }
}
