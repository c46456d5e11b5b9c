package vn.laocai.gate.clearance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.AttachedDocument;
import vn.laocai.gate.clearance.domain.DocumentSignature;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.CaseStep;
import vn.laocai.gate.clearance.domain.ClearanceCase;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclaredConsignment;
import vn.laocai.gate.clearance.domain.FeeAccount;
import vn.laocai.gate.clearance.domain.GoodsItem;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.clearance.domain.StepDecision;
import vn.laocai.gate.clearance.domain.StepTransitions;
import vn.laocai.gate.clearance.domain.TimelineEntry;
import vn.laocai.gate.support.i18n.PlatformTexts;
import vn.laocai.gate.support.i18n.RequestLanguage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A declaration and where its clearance stands, as the trader and the officers see it. */
@Schema(name = "Declaration")
public record DeclarationView(
        String id,
        @Schema(description = "Version of the declaration; every amendment and every document adds one", example = "3") int version,
        @Schema(example = "IN_CLEARANCE", enumeration = {"SUBMITTED", "IN_CLEARANCE", "CLEARED", "REJECTED"}) String status,
        @Schema(description = "Every required document present, customs channel assigned, nothing held") boolean readyForGate,
        String declarantTaxCode,
        String declarantName,
        String consignee,
        @Schema(example = "305123456789") String customsDeclarationNumber,
        @Schema(example = "EXPORT") String direction,
        @Schema(example = "CN") String destinationCountry,
        @Schema(example = "STANDARD") String procedure,
        boolean inlandDelivery,
        List<String> bookingCodes,
        @Schema(description = "Each booking's link and the driver's consent it was made under; CONSENT_WITHDRAWN: the driver "
                + "withdrew it, the vehicle no longer carries the consignment and another booking is to be named (empty for "
                + "declarations made before consent existed)")
        List<LinkView> links,
        @Schema(example = "YELLOW") String customsChannel,
        String customsReference,
        @Schema(description = "An agency system that cannot be reached and that the consignment waits for", example = "VNACCS") String waitingFor,
        Instant submittedAt,
        Instant clearedAt,
        Instant rejectedAt,
        String rejectionReason,
        List<Line> goodsLines,
        @Schema(example = "[\"INVOICE\", \"PACKING_LIST\", \"PHYTOSANITARY_CERTIFICATE\"]") List<String> requiredDocuments,
        @Schema(example = "[\"PHYTOSANITARY_CERTIFICATE\"]") List<String> missingDocuments,
        List<DocumentView> documents,
        List<StepView> steps,
        List<HoldView> holds,
        FeeView fee,
        @Schema(description = "What officers decided after failed inspections, each with its own steps (ORDERED, CARRIED_OUT)")
        List<OutcomeView> outcomes) {

    /** An outcome recorded after a failed inspection. */
    @Schema(name = "InspectionOutcome")
    public record OutcomeView(@Schema(example = "1") int number, @Schema(example = "PLANT_QUARANTINE") String step,
                              @Schema(example = "SPLIT_LOT", enumeration = {"TREATMENT", "SPLIT_LOT", "RE_EXPORT", "RETURN_TO_EXPORTER", "DESTRUCTION"})
                              String outcome,
                              @Schema(example = "ORDERED", enumeration = {"ORDERED", "CARRIED_OUT"}) String state,
                              @Schema(description = "SPLIT_LOT: what becomes of the part rejected", example = "RETURN_TO_EXPORTER") String disposal,
                              @Schema(description = "SPLIT_LOT: the goods lines and quantities rejected; the rest is released") List<RejectedLineView> rejectedLines,
                              String reason,
                              @Schema(description = "The record of its being carried out", example = "KDTV-XL-2026-00417") String reference,
                              String orderedBy, Instant orderedAt, String carriedOutBy, Instant carriedOutAt) {

        static List<OutcomeView> of(ClearanceCase c) {
            return c.outcomes().stream().map(o -> new OutcomeView(o.number(), o.step().name(), o.outcome().name(), o.state().name(),
                    o.disposal() == null ? null : o.disposal().name(),
                    c.rejectedQuantities().stream().filter(q -> q.outcomeNumber() == o.number())
                            .map(q -> new RejectedLineView(q.lineNumber(), q.quantity(), q.unit())).toList(),
                    o.reason(), o.reference(), o.orderedBy(), o.orderedAt(), o.carriedOutBy(), o.carriedOutAt())).toList();
        }
    }

    /** The quantity of one goods line a split lot rejected. */
    @Schema(name = "RejectedLine")
    public record RejectedLineView(@Schema(example = "1") int lineNumber, @Schema(example = "2500") java.math.BigDecimal quantity,
                                   @Schema(example = "KGM") String unit) {
    }

    /** The link to one booking. */
    @Schema(name = "BookingLink")
    public record LinkView(@Schema(example = "KT2-7XK4P9") String bookingCode,
                           @Schema(description = "The consent it stands under; null while pending or once refused",
                                   example = "0b6c1d2e-4f5a-4b7c-8d9e-0f1a2b3c4d5e") String consentId,
                           @Schema(description = "PENDING while clearance has not heard of the booking (or its consent) yet; "
                                   + "REFUSED when its consent did not match, it did not fit or nothing was heard in time",
                                   example = "LINKED", enumeration = {"PENDING", "LINKED", "CONSENT_WITHDRAWN", "REFUSED"}) String state,
                           @Schema(description = "When the declaration named the booking") Instant namedAt,
                           Instant linkedAt,
                           @Schema(description = "When the consent was withdrawn or the link refused") Instant undoneAt,
                           @Schema(description = "The field a refusal names", example = "bookingCodes[0]") String field,
                           @Schema(description = "The rule that refused the link", example = "booking-consent-required",
                                   enumeration = {"booking-consent-required", "direction-mismatch", "booking-cancelled", "booking-not-heard"})
                           String refusalRule,
                           @Schema(description = "Why it was refused") String refusalReason) {

        static List<LinkView> of(List<BookingLink> links) {
            List<LinkView> views = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                BookingLink l = links.get(i);
                views.add(new LinkView(l.bookingCode(), l.consentId(), l.state().name(), l.namedAt(), l.linkedAt(), l.undoneAt(),
                        "bookingCodes[" + i + "]", l.refusalRule(), l.refusalReason()));
            }
            return views;
        }
    }

    /** One goods line. */
    @Schema(name = "GoodsLineView")
    public record Line(int lineNumber, String hsCode, String description, BigDecimal quantity, String unit,
                       BigDecimal netWeightKg, BigDecimal grossWeightKg, BigDecimal value, String currency,
                       String originCountry) {

        static Line of(GoodsItem g) {
            return new Line(g.lineNumber(), g.hsCode(), g.description(), g.quantity(), g.unit(), g.netWeightKg(),
                    g.grossWeightKg(), g.value(), g.currency(), g.originCountry());
        }
    }

    /** One step of the timeline. */
    @Schema(name = "TimelineEntry")
    public record Step(Instant at, @Schema(example = "CUSTOMS_CHANNEL_ASSIGNED") String step,
                       @Schema(example = "VNACCS") String actor,
                       @Schema(description = "The entry as recorded, in English") String detail,
                       @Schema(description = "The entry in the request's language (Accept-Language), times in Vietnam time; "
                               + "the detail for entries written before", example = "Hải quan: đã phân luồng xanh") String text) {

        static Step of(TimelineEntry t) {
            String text = t.said() == null ? null : PlatformTexts.render(RequestLanguage.current(), t.said());
            return new Step(t.at(), t.step(), t.actor(), t.detail(), text == null ? t.detail() : text);
        }
    }

    /** A document attached to the declaration. */
    @Schema(name = "Document")
    public record DocumentView(String id, @Schema(example = "PHYTOSANITARY_CERTIFICATE") String type,
                               @Schema(example = "VN-PHYTO-2026-118822") String number, String fileName,
                               @Schema(example = "application/pdf") String mediaType, long sizeBytes,
                               @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
                               int attachedInVersion, String attachedBy, Instant attachedAt,
                               @Schema(description = "What the National Single Window said of it; null before it answered") Boolean verified,
                               @Schema(description = "What the check of its signatures found when it was attached; null for a code "
                                       + "without a file") SignatureView signature) {

        static DocumentView of(AttachedDocument d) {
            return new DocumentView(d.documentId().toString(), d.type().name(), d.number(), d.fileName(), d.mediaType(),
                    d.sizeBytes(), d.sha256(), d.attachedInVersion(), d.attachedBy(), d.attachedAt(), d.verified(),
                    SignatureView.of(d.signature(), d.signatureFailed()));
        }
    }

    /** The signatures of an uploaded file as checked on upload. */
    @Schema(name = "DocumentSignature")
    public record SignatureView(
            @Schema(description = "SIGNED_VALID: every signature verifies, one covers the whole file, each signer chains to the "
                    + "trust list; SIGNED_ALTERED: a signature does not match its bytes or the file changed after signing; "
                    + "SIGNED_UNTRUSTED: a signer outside the trust list; UNSIGNED; UNREADABLE: not a PDF that can be read",
                    example = "SIGNED_VALID", enumeration = {"SIGNED_VALID", "SIGNED_ALTERED", "SIGNED_UNTRUSTED", "UNSIGNED", "UNREADABLE"})
            String status,
            @Schema(description = "The subject of the last signer's certificate", example = "CN=Plant Protection Sub-Department Region 9,O=PPD,C=VN")
            String signer,
            @Schema(description = "The signing time the last signature carries") Instant signedAt,
            @Schema(description = "How many signatures the file carries", example = "1") int signatures,
            @Schema(description = "What did not hold, in English; null when nothing", example = "the document changed after signing: "
                    + "bytes after the last signature are not signed") String problem,
            @Schema(description = "Whether this certificate's failed signature holds the consignment (certificates of origin, "
                    + "phytosanitary and health certificates)") boolean holds) {

        static SignatureView of(DocumentSignature s, boolean holds) {
            return s == null ? null : new SignatureView(s.status().name(), s.signer(), s.signedAt(), s.count(), s.problem(), holds);
        }
    }

    /** One agency's step of the case. */
    @Schema(name = "CaseStep")
    public record StepView(@Schema(example = "CUSTOMS") String step, @Schema(example = "DOCUMENTARY_INSPECTION") String state,
                           Instant startedAt, Instant completedAt, @Schema(example = "VNACCS") String decidedBy,
                           @Schema(example = "AGENCY_SYSTEM") String decidedThrough, String reason,
                           @Schema(description = "The decisions an officer may record on the step in its current state (empty once it is final)",
                                   example = "[\"ORDER_PHYSICAL_INSPECTION\", \"INSPECTION_PASSED\", \"INSPECTION_FAILED\"]")
                           List<String> decisions) {

        static StepView of(CaseStep s) {
            Set<StepDecision> officer = StepTransitions.officerDecisions(s.step());
            List<String> legal = StepTransitions.legalIn(s.step(), s.state()).stream().filter(officer::contains).map(Enum::name).toList();
            return new StepView(s.step().name(), s.state().name(), s.startedAt(), s.completedAt(), s.decidedBy(),
                    s.decidedThrough() == null ? null : s.decidedThrough().name(), s.reason(), legal);
        }
    }

    /** A hold, open or lifted. */
    @Schema(name = "Hold")
    public record HoldView(int number, @Schema(example = "DOCUMENTS") String step,
                           @Schema(description = "The reason as recorded (English, or as the officer typed it)",
                                   example = "Missing documents: PHYTOSANITARY_CERTIFICATE") String reason,
                           @Schema(description = "The reason's stable code: officer, documents-missing, certificate-invalid, agency-refused, "
                                   + "agency-overdue, booking-cancelled, consent-withdrawn, link-pending, link-refused, document-signature; absent on holds placed "
                                   + "before codes were kept", example = "documents-missing") String reasonCode,
                           @Schema(description = "The reason in the request's language (Accept-Language), an officer's words as typed; "
                                   + "the recorded reason on holds placed before", example = "Thiếu chứng từ: Giấy chứng nhận kiểm dịch thực vật")
                           String text,
                           String placedBy, Instant placedAt, String liftedBy, Instant liftedAt, boolean open,
                           @Schema(description = "The proof only which lifts it: VERIFIED_CERTIFICATE (a certificate of awaitsDocument attached "
                                   + "after the one found invalid, verified valid by the National Single Window; no officer lifts it), "
                                   + "SOUND_SIGNATURE (a copy of awaitsDocument whose signature holds, or the agency's officer); "
                                   + "absent when it lifts otherwise", example = "VERIFIED_CERTIFICATE") String awaits,
                           @Schema(example = "PHYTOSANITARY_CERTIFICATE") String awaitsDocument) {

        static HoldView of(Hold h) {
            String said = h.said() == null ? null : PlatformTexts.render(RequestLanguage.current(), h.said());
            return new HoldView(h.number(), h.step(), h.reason(), h.reasonCode(), said == null ? h.reason() : said,
                    h.placedBy(), h.placedAt(), h.liftedBy(), h.liftedAt(), h.open(),
                    h.awaits() == null ? null : h.awaits().name(), h.awaitsDocument() == null ? null : h.awaitsDocument().name());
        }
    }

    /** The infrastructure-use fee of the consignment's trips. */
    @Schema(name = "Fee")
    public record FeeView(@Schema(example = "500000") long amountVnd, @Schema(example = "0") long paidVnd,
                          @Schema(example = "500000") long outstandingVnd,
                          @Schema(example = "KT2-7XK4P9: FRESH_PRODUCE, TRUCK OVER_10T 500000 VND") String breakdown,
                          @Schema(example = "LS-09-2025") String tariffVersion,
                          @Schema(example = "PAY-5F2A9C31D0E4") String paymentReference,
                          @Schema(example = "C26TLC-00012345") String invoiceNumber, Instant paidAt,
                          @Schema(description = "Given back by the payment provider after a reassessment lowered the fee",
                                  example = "0") long refundedVnd,
                          @Schema(description = "Ordered to be given back after a reassessment lowered the fee, "
                                  + "not yet confirmed by the payment provider (retried until it is)", example = "0") long refundDueVnd) {
    }

    static DeclarationView of(Declaration d) {
        ClearanceCase c = d.clearance();
        FeeAccount fee = d.fee();
        DeclaredConsignment declared = d.declared();
        return new DeclarationView(d.id().toString(), d.declarationVersion(), c.status().name(), c.readyForGate(),
                declared.declarant().taxCode(), declared.declarant().name(), declared.consignee(),
                declared.customsDeclarationNumber(), declared.direction().name(), declared.destinationCountry(),
                declared.procedure().name(), declared.inlandDelivery(), declared.bookingCodes(),
                LinkView.of(d.links()),
                c.customsChannel(), c.customsReference(), c.waitingFor(), d.submittedAt(), c.clearedAt(), c.rejectedAt(),
                c.rejectionReason(), declared.goodsLines().stream().map(Line::of).toList(),
                d.documents().required().stream().map(Enum::name).sorted().toList(),
                d.documents().missing().stream().map(Enum::name).sorted().toList(),
                d.documents().attached().stream().map(DocumentView::of).toList(),
                c.steps().stream().map(StepView::of).toList(),
                c.holds().stream().map(HoldView::of).toList(),
                new FeeView(fee.amountVnd(), fee.paidVnd(), fee.outstandingVnd(), fee.breakdown(), fee.tariffVersion(),
                        fee.paymentReference(), fee.invoiceNumber(), fee.paidAt(), fee.refundedVnd(), fee.refundDueVnd()),
                OutcomeView.of(c));
    }
}
