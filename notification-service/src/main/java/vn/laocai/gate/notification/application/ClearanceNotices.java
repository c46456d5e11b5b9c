package vn.laocai.gate.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.events.ConsignmentCleared;
import vn.laocai.gate.events.ConsignmentHeld;
import vn.laocai.gate.events.ConsignmentReadyForGate;
import vn.laocai.gate.events.ConsignmentRejected;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.FeeAssessed;
import vn.laocai.gate.notification.domain.KnownDeclaration;
import vn.laocai.gate.notification.domain.KnownPartiesRepository;
import vn.laocai.gate.notification.domain.NoticeTexts.Money;
import vn.laocai.gate.notification.domain.NoticeTexts.Phrase;
import vn.laocai.gate.notification.domain.NoticeTexts.Term;
import vn.laocai.gate.notification.domain.NoticeTexts.Terms;
import vn.laocai.gate.notification.domain.NoticeKind;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traders' notices from clearance's and the customs adapter's events. The trader of each declaration
 * comes from {@code DeclarationSubmitted} (the account that submitted it, and the declarant's tax code), which precedes the other events
 * of the declaration on clearance's topic and is handed to customs before any answer comes back.
 */
@ApplicationScoped
public class ClearanceNotices {

    private static final Logger LOG = Logger.getLogger(ClearanceNotices.class);
    /** How clearance words the hold for missing documents: the codes follow. */
    static final String MISSING_DOCUMENTS = "Missing documents:";

    private final KnownPartiesRepository known;
    private final NoticeService notices;
    private final Clock clock;

    public ClearanceNotices(KnownPartiesRepository known, NoticeService notices, Clock clock) {
        this.known = known;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(DeclarationSubmitted e) {
        Instant now = Instant.now(clock);
        known.declaration(e.declarationId()).ifPresentOrElse(
                d -> d.update(e.declarantTaxCode(), e.declarantName(), e.customsDeclarationNumber(), e.ownerAccount(), now),
                () -> known.add(new KnownDeclaration(e.declarationId(), e.declarantTaxCode(), e.declarantName(),
                        e.customsDeclarationNumber(), e.ownerAccount(), now)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void held(String eventId, ConsignmentHeld e) {
        Phrase why = e.reason() != null && e.reason().startsWith(MISSING_DOCUMENTS)
                ? new Phrase("consignment-held.documents", Map.of("missing", new Terms("document", documents(e.reason()))))
                : new Phrase("consignment-held.step", Map.of("step", new Term("step", e.step()),
                "reason", BookingNotices.shortText(e.reason())));
        notify(eventId, NoticeKind.CONSIGNMENT_HELD, e.declarationId(), Map.of("why", why));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ready(String eventId, ConsignmentReadyForGate e) {
        notify(eventId, NoticeKind.READY_FOR_GATE, e.declarationId(), Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void inspection(String eventId, CustomsInspectionOrdered e) {
        notify(eventId, NoticeKind.INSPECTION_ORDERED, e.declarationId(), Map.of("inspection", new Term("inspection", e.inspectionKind())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(String eventId, ConsignmentRejected e) {
        notify(eventId, NoticeKind.CONSIGNMENT_REJECTED, e.declarationId(), Map.of("step", new Term("step", e.step()),
                "reason", BookingNotices.shortText(e.reason())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void declarationRejected(String eventId, DeclarationRejected e) {
        notify(eventId, NoticeKind.DECLARATION_REJECTED, e.declarationId(), Map.of("system", String.valueOf(e.system()),
                "reason", BookingNotices.shortText(e.reason())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cleared(String eventId, ConsignmentCleared e) {
        notify(eventId, NoticeKind.CONSIGNMENT_CLEARED, e.declarationId(), Map.of());
    }

    /** A fee with nothing outstanding (paid before an amendment) is no notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void feeAssessed(String eventId, FeeAssessed e) {
        if (e.outstandingVnd() > 0) {
            notify(eventId, NoticeKind.FEE_DUE, e.declarationId(), Map.of("amount", new Money(e.outstandingVnd())));
        }
    }

    private void notify(String eventId, NoticeKind kind, String declarationId, Map<String, ?> extra) {
        KnownDeclaration declaration = known.declaration(declarationId).orElse(null);
        if (declaration == null) {
            LOG.warnf("%s for unknown declaration %s: nobody to tell", kind, declarationId);
            return;
        }
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put("number", declaration.number());
        notices.notify(eventId, kind, NoticeService.Party.trader(declaration), declarationId, parameters);
    }

    /** The document codes of clearance's reason {@code Missing documents: [INVOICE, PACKING_LIST]}. */
    static List<String> documents(String reason) {
        String codes = reason.substring(MISSING_DOCUMENTS.length()).replaceAll("[\\[\\]\"]", "");
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
