package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.GoodsLine;
import vn.laocai.gate.support.domain.RecordedEvents;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A trader's declaration of one consignment and the clearance case around it: the aggregate of
 * clearance-service. It decides which steps are legal, keeps the timeline the trader follows, and
 * records the events its changes cause.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    /** VNACCS accepts at most 50 goods lines on one declaration. */
    public static final int MAX_GOODS_LINES = 50;

    @Id
    private UUID id;

    @Column(name = "declaration_version", nullable = false)
    private int declarationVersion;

    @Column(name = "owner_account", nullable = false, updatable = false)
    private String ownerAccount;

    @Embedded
    private Declarant declarant;

    @Column(nullable = false)
    private String consignee;

    @Column(name = "customs_declaration_number", nullable = false, unique = true)
    private String customsDeclarationNumber;

    @Column(nullable = false)
    private String direction;

    @Column(name = "destination_country", nullable = false)
    private String destinationCountry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_booking", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @Column(name = "booking_code", nullable = false)
    private List<String> bookingCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_goods_line", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderBy("lineNumber")
    private List<GoodsItem> goodsLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_timeline", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    @Column(name = "customs_channel")
    private String customsChannel;

    @Column(name = "customs_reference")
    private String customsReference;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Version
    private long revision;

    @Transient
    private final RecordedEvents recordedEvents = new RecordedEvents();

    protected Declaration() {
    }

    /**
     * Submits a declaration for the consignment carried on the given bookings.
     *
     * @throws RuleViolation when a rule refuses it (too many lines, gross below net weight)
     */
    public static Declaration submit(UUID id, String ownerAccount, Declarant declarant, String consignee,
                                     String customsDeclarationNumber, String direction, String destinationCountry,
                                     List<String> bookingCodes, List<GoodsItem> goodsLines, Instant now) {
        if (goodsLines.isEmpty() || goodsLines.size() > MAX_GOODS_LINES) {
            throw new RuleViolation("goods-lines-limit", "goodsLines",
                    "goodsLines: a declaration holds 1 to " + MAX_GOODS_LINES + " goods lines, not " + goodsLines.size());
        }
        for (int i = 0; i < goodsLines.size(); i++) {
            GoodsItem item = goodsLines.get(i);
            if (item.grossWeightKg().compareTo(item.netWeightKg()) < 0) {
                throw new RuleViolation("gross-below-net", "goodsLines[" + i + "].grossWeightKg",
                        "goodsLines[" + i + "].grossWeightKg " + item.grossWeightKg()
                                + " is below the net weight " + item.netWeightKg());
            }
        }
        Declaration d = new Declaration();
        d.id = id;
        d.declarationVersion = 1;
        d.ownerAccount = ownerAccount;
        d.declarant = declarant;
        d.consignee = consignee.strip();
        d.customsDeclarationNumber = customsDeclarationNumber;
        d.direction = direction;
        d.destinationCountry = destinationCountry;
        d.bookingCodes = new ArrayList<>(bookingCodes);
        d.goodsLines = new ArrayList<>(goodsLines);
        d.status = DeclarationStatus.SUBMITTED;
        d.submittedAt = now;
        d.timeline.add(new TimelineEntry(now, "DECLARATION_SUBMITTED", ownerAccount,
                "Declaration " + customsDeclarationNumber + " submitted with " + goodsLines.size()
                        + " goods line(s) for booking(s) " + String.join(", ", bookingCodes)));
        d.recordedEvents.record(d.submittedEvent());
        return d;
    }

    private DeclarationSubmitted submittedEvent() {
        List<GoodsLine> lines = goodsLines.stream()
                .map(g -> new GoodsLine(g.lineNumber(), g.hsCode(), g.description(), g.quantity(), g.unit(),
                        g.netWeightKg(), g.grossWeightKg(), g.value(), g.currency(), g.originCountry()))
                .toList();
        return new DeclarationSubmitted(id.toString(), declarationVersion, declarant.taxCode(), declarant.name(),
                consignee, customsDeclarationNumber, direction, destinationCountry, List.copyOf(bookingCodes),
                lines, submittedAt, List.of());
    }

    /**
     * Customs assigned a control channel. A repeated or late assignment (after release) changes nothing.
     */
    public void customsChannelAssigned(int version, String channel, String reference, Instant at) {
        if (version != declarationVersion || status != DeclarationStatus.SUBMITTED) {
            return;
        }
        status = DeclarationStatus.IN_CUSTOMS;
        customsChannel = channel;
        customsReference = reference;
        timeline.add(new TimelineEntry(at, "CUSTOMS_CHANNEL_ASSIGNED", "customs",
                "Customs assigned the " + channel.toLowerCase(java.util.Locale.ROOT) + " channel (" + reference + ")"));
    }

    /**
     * Customs released the goods. With no other agency involved yet, the consignment is then cleared
     * and the vehicles carrying it may leave. A repeated release changes nothing.
     */
    public void customsReleased(int version, String reference, Instant at) {
        if (version != declarationVersion || status == DeclarationStatus.CLEARED) {
            return;
        }
        customsReference = reference;
        timeline.add(new TimelineEntry(at, "CUSTOMS_RELEASED", "customs", "Customs released the goods (" + reference + ")"));
        status = DeclarationStatus.CLEARED;
        clearedAt = at;
        timeline.add(new TimelineEntry(at, "CLEARED", "platform",
                "All agencies finished; vehicle(s) " + String.join(", ", bookingCodes) + " may leave"));
        recordedEvents.record(new ConsignmentCleared(id.toString(), customsDeclarationNumber, List.copyOf(bookingCodes), at));
    }

    /** The gate let one of the consignment's vehicles out. */
    public void vehicleReleased(String bookingCode, Instant at) {
        String step = "VEHICLE_RELEASED";
        boolean already = timeline.stream().anyMatch(t -> t.step().equals(step) && t.detail().contains(bookingCode));
        if (!bookingCodes.contains(bookingCode) || already) {
            return;
        }
        timeline.add(new TimelineEntry(at, step, "gate", "Vehicle " + bookingCode + " released at the gate"));
    }

    public boolean isOwnedBy(String account) {
        return ownerAccount.equals(account);
    }

    /** The events caused since the last call; the caller publishes them. */
    public List<GateEvent> drainEvents() {
        return recordedEvents.drain();
    }

    public UUID id() {
        return id;
    }

    public int declarationVersion() {
        return declarationVersion;
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    public Declarant declarant() {
        return declarant;
    }

    public String consignee() {
        return consignee;
    }

    public String customsDeclarationNumber() {
        return customsDeclarationNumber;
    }

    public String direction() {
        return direction;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public List<String> bookingCodes() {
        return Collections.unmodifiableList(bookingCodes);
    }

    public List<GoodsItem> goodsLines() {
        return Collections.unmodifiableList(goodsLines);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public DeclarationStatus status() {
        return status;
    }

    public String customsChannel() {
        return customsChannel;
    }

    public String customsReference() {
        return customsReference;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant clearedAt() {
        return clearedAt;
    }
}
