package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.laocai.gate.support.domain.Message;

import java.time.Instant;

/**
 * A hold on a consignment: while open, its vehicles are not called forward and it is not released.
 * {@code step} names the step or the subject (for example {@code DOCUMENTS}) that holds it. Its reason is kept
 * as recorded (English, or as the officer typed it) and as a catalogue message {@code hold.<code>} that each
 * reader gets in their language.
 */
@Embeddable
public class Hold {

    /** The step of holds the platform places itself while required documents are missing. */
    public static final String DOCUMENTS = "DOCUMENTS";
    /** The step of holds placed when a booking the consignment travels on is cancelled. */
    public static final String BOOKINGS = "BOOKINGS";
    /** The step of holds placed when the driver withdrew the consent a booking was linked under: the trader names another booking. */
    public static final String BOOKING_CONSENT = "BOOKING_CONSENT_WITHDRAWN";
    /** The step of the hold the platform keeps while a booking's link is pending: it lifts itself once every link settled. */
    public static final String BOOKING_LINK_PENDING = "BOOKING_LINK_PENDING";
    /** The step of holds placed when a pending link was refused: the trader names another booking. */
    public static final String BOOKING_LINK_REFUSED = "BOOKING_LINK_REFUSED";

    /** The reason code of the platform's hold on a certificate whose signature does not hold. */
    static final String SIGNATURE_REASON = "document-signature";

    private static final String REASON_KEY = "hold.";

    @Column(name = "hold_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String step;

    @Column(nullable = false)
    private String reason;

    /** The reason as a catalogue message; null on holds placed before reasons were kept so. */
    @Column(name = "reason_message")
    private Message said;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "placed_through", nullable = false)
    private DecisionSource placedThrough;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    /** The proof the hold waits for; null when it lifts otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "awaits")
    private HoldEvidence awaits;

    @Enumerated(EnumType.STRING)
    @Column(name = "awaits_document")
    private DocumentType awaitsDocument;

    @Column(name = "awaits_after_version")
    private Integer awaitsAfterVersion;

    protected Hold() {
    }

    Hold(int number, String step, String reason, Message said, String placedBy, DecisionSource placedThrough, Instant placedAt) {
        this.number = number;
        this.said = said;
        this.placedThrough = placedThrough;
        this.step = step;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    /**
     * The hold waits for {@code evidence} about a document of {@code type} attached after version {@code afterVersion}
     * (the version the document that caused it was attached in).
     */
    Hold awaiting(HoldEvidence evidence, DocumentType type, int afterVersion) {
        this.awaits = evidence;
        this.awaitsDocument = type;
        this.awaitsAfterVersion = afterVersion;
        return this;
    }

    /** Whether {@code evidence} about a document of {@code type} attached in {@code attachedInVersion} is what the hold waits for. */
    boolean satisfiedBy(HoldEvidence evidence, DocumentType type, int attachedInVersion) {
        return awaits == evidence && awaitsDocument == type && attachedInVersion > awaitsAfterVersion;
    }

    /** The proof the hold waits for ({@link HoldEvidence}); null when it lifts otherwise. */
    public HoldEvidence awaits() {
        return awaits;
    }

    /** The type of document the awaited proof is about; null when the hold awaits none. */
    public DocumentType awaitsDocument() {
        return awaitsDocument;
    }

    void lift(String actor, Instant at) {
        liftedBy = actor;
        liftedAt = at;
    }

    public boolean open() {
        return liftedAt == null;
    }

    public int number() {
        return number;
    }

    public String step() {
        return step;
    }

    public String reason() {
        return reason;
    }

    /** The reason as a catalogue message ({@code hold.<code>}); null on a hold placed before reasons were kept so. */
    public Message said() {
        return said;
    }

    /** The reason's stable code ({@code documents-missing}, {@code officer}...); null on a hold placed before codes were kept. */
    public String reasonCode() {
        return said == null ? null : said.key().substring(REASON_KEY.length());
    }

    /** A hold's reason as a catalogue message: {@code hold.<code>} with its parameters. */
    public static Message reason(String code, Object... namesAndValues) {
        return Message.of(REASON_KEY + code, namesAndValues);
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** An officer, an agency system's refusal, or the platform itself (missing documents, a cancelled booking, a withdrawn consent). */
    public DecisionSource placedThrough() {
        return placedThrough;
    }

    /** Placed because an agency system refused a version or found something wrong. */
    public boolean byAgencySystem() {
        return placedThrough == DecisionSource.AGENCY_SYSTEM;
    }

    /**
     * An agency system's refusal of a version: the trader's next version lifts it, unless it waits for a proof
     * ({@link #awaits()}), which no other version or document stands in for.
     */
    public boolean liftsOnNextVersion() {
        return byAgencySystem() && awaits == null;
    }

    /** The platform's own hold while required documents are missing: it lifts itself once they are attached. */
    public boolean byPlatformForDocuments() {
        return placedThrough == DecisionSource.PLATFORM && DOCUMENTS.equals(step);
    }

    /** Held for what the trader's bookings became (cancelled, consent withdrawn): an amendment of the bookings lifts it. */
    public boolean forBookings() {
        return BOOKINGS.equals(step) || BOOKING_CONSENT.equals(step) || BOOKING_LINK_REFUSED.equals(step);
    }

    /** The platform's own hold while a booking's link is pending: it lifts itself once the queue's events settled every link. */
    public boolean forPendingLinks() {
        return placedThrough == DecisionSource.PLATFORM && BOOKING_LINK_PENDING.equals(step);
    }

    /** The platform's hold on a certificate of that type whose signature did not hold: one that holds lifts it. */
    public boolean forSignatureOf(DocumentType type) {
        if (awaits != null) {
            return awaits == HoldEvidence.SOUND_SIGNATURE && awaitsDocument == type;
        }
        return placedThrough == DecisionSource.PLATFORM && SIGNATURE_REASON.equals(reasonCode())
                && type.name().equals(said.parameters().get("document"));
    }

    public String liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }
}
