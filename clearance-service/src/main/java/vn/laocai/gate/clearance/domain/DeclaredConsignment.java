package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import vn.laocai.gate.events.GoodsLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the trader declared in the version in force: the parties, the customs procedure, the bookings
 * of the vehicles that carry the consignment and its goods lines. It says what the requirement rules
 * and the tariff are asked about, and whether the goods spoil.
 */
@Embeddable
public class DeclaredConsignment {

    @Embedded
    private Declarant declarant;

    @Column(nullable = false)
    private String consignee;

    @Column(name = "customs_declaration_number", nullable = false, unique = true)
    private String customsDeclarationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "destination_country", nullable = false)
    private String destinationCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomsProcedure procedure;

    @Column(name = "inland_delivery", nullable = false)
    private boolean inlandDelivery;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_booking", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @Column(name = "booking_code", nullable = false)
    private List<String> bookingCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_goods_line", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderBy("lineNumber")
    private List<GoodsItem> goodsLines = new ArrayList<>();

    protected DeclaredConsignment() {
    }

    static DeclaredConsignment of(DeclarationData data) {
        DeclaredConsignment declared = new DeclaredConsignment();
        declared.take(data);
        return declared;
    }

    /** Takes what a new version declares. */
    void take(DeclarationData data) {
        declarant = data.declarant();
        consignee = data.consignee().strip();
        customsDeclarationNumber = data.customsDeclarationNumber();
        direction = data.direction();
        destinationCountry = data.destinationCountry();
        procedure = data.procedureOrStandard();
        inlandDelivery = data.inlandDelivery();
        bookingCodes = new ArrayList<>(data.bookingCodes());
        goodsLines = new ArrayList<>(data.goodsLines());
    }

    /** What the requirement rules ask of these goods: the country is the destination of an export, the origin of an import. */
    RequirementRules.Requirements requirements(ClearancePolicy policy) {
        return policy.requirements().requiredFor(direction, rulesGoods());
    }

    /** The rules that match these goods: what {@link #requirements} is the union of. */
    List<RequirementRule> rules(ClearancePolicy policy) {
        return policy.requirements().matching(direction, rulesGoods());
    }

    private List<RequirementRules.Goods> rulesGoods() {
        return goodsLines.stream()
                .map(g -> new RequirementRules.Goods(g.hsChapter(), direction == Direction.EXPORT ? destinationCountry : g.originCountry()))
                .toList();
    }

    /** What the tariff charges for carrying these goods on {@code trips}. */
    FeeAssessment fee(ClearancePolicy policy, List<Trip> trips) {
        Set<String> chapters = goodsLines.stream().map(GoodsItem::hsChapter).collect(Collectors.toCollection(TreeSet::new));
        return policy.tariff().assess(new Tariff.Consignment(direction, procedure, inlandDelivery, chapters, trips));
    }

    /** Whether any of the goods spoil ({@link GoodsItem#perishable()}). */
    public boolean perishable() {
        return goodsLines.stream().anyMatch(GoodsItem::perishable);
    }

    /** The goods lines as the declaration's events carry them. */
    List<GoodsLine> lines() {
        return goodsLines.stream().map(GoodsItem::asLine).toList();
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

    public Direction direction() {
        return direction;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public CustomsProcedure procedure() {
        return procedure;
    }

    public boolean inlandDelivery() {
        return inlandDelivery;
    }

    /** The bookings of the vehicles that carry it, a copy. */
    public List<String> bookingCodes() {
        return List.copyOf(bookingCodes);
    }

    public List<GoodsItem> goodsLines() {
        return Collections.unmodifiableList(goodsLines);
    }
}
