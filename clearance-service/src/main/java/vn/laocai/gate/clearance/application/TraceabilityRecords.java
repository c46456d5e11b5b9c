package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.AttachedDocument;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.CaseStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.DeclaredConsignment;
import vn.laocai.gate.clearance.domain.Direction;
import vn.laocai.gate.clearance.domain.GaccCode;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.clearance.domain.TimelineEntry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a declaration's {@link TraceabilityRecord} from the declaration, the GACC lists and the bookings clearance knows. */
@ApplicationScoped
public class TraceabilityRecords {

    /** The key of the timeline line every step decision writes. */
    static final String DECIDED = "timeline.decided";

    private final DeclarationRepository declarations;
    private final GaccCodes gacc;

    public TraceabilityRecords(DeclarationRepository declarations, GaccCodes gacc) {
        this.declarations = declarations;
        this.gacc = gacc;
    }

    @Transactional
    public TraceabilityRecord of(Declaration d) {
        DeclaredConsignment declared = d.declared();
        TraceabilityRecord.Party declarant = new TraceabilityRecord.Party(declared.declarant().name(), declared.declarant().taxCode());
        TraceabilityRecord.Party other = new TraceabilityRecord.Party(declared.consignee(), null);
        boolean export = declared.direction() == Direction.EXPORT;
        List<AttachedDocument> attached = d.documents().attached();
        return new TraceabilityRecord(d.id().toString(), declared.customsDeclarationNumber(), declared.direction().name(),
                d.clearance().status().name(), export ? declarant : other, export ? other : declarant,
                declared.destinationCountry(), declared.procedure().name(), d.submittedAt(), d.clearance().clearedAt(),
                gacc.current().map(l -> l.version()).orElse(null),
                origins(attached, GaccCode.Kind.PLANTING_AREA), origins(attached, GaccCode.Kind.PACKING_HOUSE),
                declared.goodsLines().stream().map(g -> new TraceabilityRecord.Line(g.lineNumber(), g.hsCode(), g.description(),
                        g.quantity(), g.unit(), g.netWeightKg(), g.originCountry())).toList(),
                attached.stream().map(a -> new TraceabilityRecord.Document(a.type().name(), a.number(), a.sha256(), a.attachedAt(),
                        a.attachedInVersion(), a.verified(), a.attachedBy())).toList(),
                trucks(d), steps(d));
    }

    /** The codes of that kind attached, each once (the last one attached of a number counts). */
    private List<TraceabilityRecord.Origin> origins(List<AttachedDocument> attached, GaccCode.Kind kind) {
        Map<String, AttachedDocument> byCode = new java.util.LinkedHashMap<>();
        attached.stream().filter(a -> GaccCode.Kind.of(a.type()) == kind).forEach(a -> byCode.put(a.number(), a));
        return byCode.values().stream().map(a -> origin(kind, a)).toList();
    }

    private TraceabilityRecord.Origin origin(GaccCode.Kind kind, AttachedDocument a) {
        Optional<GaccCodes.Listed> now = gacc.listed(kind, a.number(), null);
        Optional<GaccCodes.Listed> then = gacc.listed(kind, a.number(), a.attachedAt());
        Optional<GaccCode> entry = now.flatMap(GaccCodes.Listed::entry).or(() -> then.flatMap(GaccCodes.Listed::entry));
        return new TraceabilityRecord.Origin(a.number(), entry.map(GaccCode::name).orElse(null),
                entry.map(GaccCode::province).orElse(null), entry.map(GaccCode::product).orElse(null),
                now.map(GaccCodes.Listed::status).orElse(null), now.map(GaccCodes.Listed::listVersion).orElse(null),
                then.map(GaccCodes.Listed::status).orElse(null), then.map(GaccCodes.Listed::listVersion).orElse(null), a.attachedAt());
    }

    private List<TraceabilityRecord.Truck> trucks(Declaration d) {
        return d.bookingCodes().stream().map(code -> {
            Optional<KnownBooking> booking = declarations.findBooking(code);
            String link = d.links().stream().filter(l -> l.bookingCode().equals(code)).reduce((a, b) -> b)
                    .map(BookingLink::state).map(Enum::name).orElse(null);
            return new TraceabilityRecord.Truck(code, booking.map(KnownBooking::plate).orElse(null),
                    booking.map(KnownBooking::trailerPlate).orElse(null), link,
                    booking.map(KnownBooking::enteredGateAt).orElse(null), booking.map(KnownBooking::releasedAt).orElse(null),
                    booking.map(KnownBooking::exitedAt).orElse(null));
        }).toList();
    }

    private static List<TraceabilityRecord.Step> steps(Declaration d) {
        List<TimelineEntry> decided = d.timeline().stream().filter(e -> e.said() != null && DECIDED.equals(e.said().key())).toList();
        return d.clearance().steps().stream().filter(CaseStep::required).map(s -> new TraceabilityRecord.Step(s.step().name(),
                s.state().name(), s.startedAt(), s.completedAt(), decided.stream()
                .filter(e -> s.step().name().equals(e.said().parameters().get("step")))
                .map(e -> new TraceabilityRecord.Decision(e.said().parameters().get("decision"), e.said().parameters().get("from"),
                        e.said().parameters().get("next"), e.at(), e.actor())).toList())).toList();
    }
}
