package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.domain.AgencyAnswer;
import vn.laocai.gate.clearance.domain.BookingConsent;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.Direction;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
import vn.laocai.gate.events.BookingConsentGiven;
import vn.laocai.gate.events.BookingConsentWithdrawn;
import vn.laocai.gate.events.BorderCheckCompleted;
import vn.laocai.gate.events.CertificateVerified;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsInspectionCompleted;
import vn.laocai.gate.events.CustomsInspectionOrdered;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.DeclarationRejected;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.HandoffAccepted;
import vn.laocai.gate.events.HandoffDelayed;
import vn.laocai.gate.events.HandoffOverdue;
import vn.laocai.gate.events.QuarantineResultReceived;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.inbox.EventHandlers;
import vn.laocai.gate.support.inbox.ProcessedEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The events of other services that clearance applies: the queue's bookings and vehicle movements
 * (lines on the timeline, holds for cancelled bookings), the drivers' consents to link consignments
 * (kept by consent id; a withdrawn one undoes the links made under it) and the agency systems' answers coming through
 * the customs adapter ({@link AgencyAnswer}s). One handler per event type; each event is applied once,
 * a redelivered one changes nothing.
 */
@ApplicationScoped
public class ClearanceEventHandlers {

    private static final Logger LOG = Logger.getLogger(ClearanceEventHandlers.class);
    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "clearance-service";

    private final DeclarationRepository declarations;
    private final DeclarationChanges changes;
    private final CaseAudit audit;
    private final ProcessedEvents processed;
    private final ClearancePolicy policy;
    private final Clock clock;
    private final EventHandlers handlers;

    public ClearanceEventHandlers(DeclarationRepository declarations, DeclarationChanges changes, CaseAudit audit,
                                  ProcessedEvents processed, ClearancePolicy policy, Clock clock) {
        this.declarations = declarations;
        this.changes = changes;
        this.audit = audit;
        this.processed = processed;
        this.policy = policy;
        this.clock = clock;
        this.handlers = EventHandlers.builder()
                .on(CrossingBooked.class, this::crossingBooked)
                .on(BookingCancelled.class, this::bookingCancelled)
                .on(BookingConsentGiven.class, this::consentGiven)
                .on(BookingConsentWithdrawn.class, this::consentWithdrawn)
                .on(BookingAmended.class, (id, e) -> vehicleMoved(id, e.bookingCode(), "BOOKING_AMENDED", "Booking " + e.bookingCode()
                        + " amended (revision " + e.revision() + "): driver " + e.driverName() + ", arrival " + e.arrivalWindowStart()
                        + (e.reason() == null ? "" : "; " + e.reason()), Message.of("timeline.BOOKING_AMENDED", "booking", e.bookingCode(),
                        "revision", e.revision(), "arrival", e.arrivalWindowStart()), e.amendedAt()))
                .on(VehicleCheckedIn.class, (id, e) -> vehicleMoved(id, e.bookingCode(), "VEHICLE_CHECKED_IN",
                        "Vehicle " + e.bookingCode() + " (" + e.plate() + ") checked in at the yard",
                        Message.of("timeline.VEHICLE_CHECKED_IN", "booking", e.bookingCode(), "plate", e.plate()), e.checkedInAt()))
                .on(VehicleCalledForward.class, (id, e) -> vehicleMoved(id, e.bookingCode(), "VEHICLE_CALLED_FORWARD",
                        "Vehicle " + e.bookingCode() + " called forward to lane " + e.lane(),
                        Message.of("timeline.VEHICLE_CALLED_FORWARD", "booking", e.bookingCode(), "lane", e.lane()), e.calledAt()))
                .on(VehicleEnteredGate.class, (id, e) -> crossed(id, e.bookingCode(), "VEHICLE_ENTERED_GATE",
                        "Vehicle " + e.bookingCode() + " entered the gate on lane " + e.lane(),
                        Message.of("timeline.VEHICLE_ENTERED_GATE", "booking", e.bookingCode(), "lane", e.lane()), e.enteredAt(), b -> b.enteredGate(e.enteredAt())))
                .on(VehicleReleased.class, (id, e) -> crossed(id, e.bookingCode(), "VEHICLE_RELEASED",
                        "Vehicle " + e.bookingCode() + " released at the gate",
                        Message.of("timeline.VEHICLE_RELEASED", "booking", e.bookingCode()), e.releasedAt(), b -> b.released(e.releasedAt())))
                .on(VehicleExited.class, (id, e) -> crossed(id, e.bookingCode(), "VEHICLE_EXITED",
                        "Vehicle " + e.bookingCode() + " left the gate on lane " + e.lane(),
                        Message.of("timeline.VEHICLE_EXITED", "booking", e.bookingCode(), "lane", e.lane()), e.exitedAt(), b -> b.exited(e.exitedAt())))
                .on(BorderCheckCompleted.class, (id, e) -> once(id, () -> withBooking(e.bookingCode(),
                        d -> d.answer(new AgencyAnswer.BorderChecked(e.bookingCode(), e.outcome(), e.reason(), e.completedAt())))))
                .on(CustomsChannelAssigned.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.ChannelAssigned(e.version(), e.channel(), e.agencyReference(), e.assignedAt())))
                .on(CustomsInspectionOrdered.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.InspectionOrdered(e.version(), e.inspectionKind(), e.agencyReference(), e.orderedAt())))
                .on(CustomsInspectionCompleted.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.InspectionCompleted(e.version(), e.result(), e.remarks(), e.completedAt())))
                .on(CustomsReleased.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.Released(e.version(), e.agencyReference(), e.releasedAt())))
                .on(QuarantineResultReceived.class, (id, e) -> answer(id, e.declarationId(), new AgencyAnswer.QuarantineDecided(
                        e.version(), e.agency(), e.outcome(), e.certificateNumber(), e.remarks(), e.decidedAt())))
                .on(CertificateVerified.class, (id, e) -> answer(id, e.declarationId(), new AgencyAnswer.CertificateChecked(
                        e.version(), e.documentType(), e.documentReference(), e.valid(), e.reason(), e.verifiedAt())))
                .on(HandoffAccepted.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.HandoffAccepted(e.version(), e.system(), e.agencyReference(), e.acceptedAt())))
                .on(HandoffDelayed.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.HandoffDelayed(e.version(), e.system(), e.reason(), e.since())))
                .on(HandoffOverdue.class, (id, e) -> answer(id, e.declarationId(), new AgencyAnswer.HandoffOverdue(
                        e.version(), e.system(), e.situation(), e.action(), e.reason(), e.since())))
                .on(DeclarationRejected.class, (id, e) -> answer(id, e.declarationId(),
                        new AgencyAnswer.VersionRefused(e.version(), e.system(), e.reason(), e.rejectedAt())))
                .build();
    }

    /** Applies an event of another service, once, in one transaction: a redelivered event changes nothing. */
    @Transactional
    public EventHandlers.Outcome handle(String eventId, GateEvent event) {
        return handlers.handle(eventId, event);
    }

    private boolean crossingBooked(String eventId, CrossingBooked booked) {
        return once(eventId, () -> {
            declarations.addBookingIfAbsent(new KnownBooking(booked.bookingCode(), booked.plate(),
                    Direction.valueOf(booked.direction()), booked.vehicleType(), booked.weightClass()).withTrailer(booked.trailerPlate()));
            settleLinks(booked.bookingCode());
        });
    }

    /** Declarations linked to the booking pending clearance hearing of it and its consent are checked now ({@link Declaration#bookingHeard}). */
    private void settleLinks(String bookingCode) {
        declarations.flush();
        for (Declaration declaration : declarations.findByBooking(bookingCode)) {
            if (declaration.bookingHeard(bookingCode, DeclarationService.standings(declarations), policy, Instant.now(clock))) {
                LOG.infof("Declaration %s: pending link to %s settled", declaration.id(), bookingCode);
                changes.publish(declaration);
            }
        }
    }

    private boolean bookingCancelled(String eventId, BookingCancelled cancelled) {
        return once(eventId, () -> {
            declarations.findBooking(cancelled.bookingCode()).ifPresent(KnownBooking::cancel);
            withBooking(cancelled.bookingCode(), d -> d.bookingCancelled(cancelled.bookingCode(), cancelled.reason(),
                    cancelled.cancelledAt()));
        });
    }

    /** Keeps the consent by its id: a newer one of the booking replaces an older one ({@link BookingConsent#current}). */
    private boolean consentGiven(String eventId, BookingConsentGiven given) {
        return once(eventId, () -> {
            declarations.findConsent(given.consentId()).ifPresentOrElse(
                    c -> c.give(given.shareCodeHash(), given.givenAt()),
                    () -> declarations.addConsent(BookingConsent.given(given.consentId(), given.bookingCode(),
                            given.shareCodeHash(), given.givenAt())));
            settleLinks(given.bookingCode());
        });
    }

    /** The consent no longer links; every open declaration linked under it loses the link ({@link Declaration#bookingConsentWithdrawn}). */
    private boolean consentWithdrawn(String eventId, BookingConsentWithdrawn withdrawn) {
        return once(eventId, () -> {
            declarations.findConsent(withdrawn.consentId()).ifPresentOrElse(c -> c.withdraw(withdrawn.withdrawnAt()),
                    () -> declarations.addConsent(BookingConsent.withdrawn(withdrawn.consentId(), withdrawn.bookingCode(),
                            withdrawn.withdrawnAt())));
            withBooking(withdrawn.bookingCode(), d -> d.bookingConsentWithdrawn(withdrawn.bookingCode(), withdrawn.consentId(),
                    withdrawn.withdrawnAt()).ifPresent(hold -> {
                        audit.linkUndone(d, hold, withdrawn.bookingCode(), withdrawn.consentId());
                        LOG.infof("Declaration %s lost its link to %s: consent %s withdrawn", d.id(), withdrawn.bookingCode(),
                                withdrawn.consentId());
                    }));
            settleLinks(withdrawn.bookingCode());
        });
    }

    private boolean vehicleMoved(String eventId, String bookingCode, String step, String detail, Message said, Instant at) {
        return once(eventId, () -> withBooking(bookingCode, d -> d.vehicleMoved(bookingCode, step, detail, said, at)));
    }

    /** A vehicle crossed: a line on the timeline of its consignments and the time kept on the booking ({@link KnownBooking}). */
    private boolean crossed(String eventId, String bookingCode, String step, String detail, Message said, Instant at,
                            Consumer<KnownBooking> keep) {
        return once(eventId, () -> {
            declarations.findBooking(bookingCode).ifPresent(keep);
            withBooking(bookingCode, d -> d.vehicleMoved(bookingCode, step, detail, said, at));
        });
    }

    private boolean answer(String eventId, String declarationId, AgencyAnswer answer) {
        return once(eventId, () -> {
            Optional<Declaration> declaration = declarations.find(UUID.fromString(declarationId));
            if (declaration.isEmpty()) {
                LOG.warnf("Event for unknown declaration %s ignored", declarationId);
                return;
            }
            declaration.get().answer(answer);
            changes.publish(declaration.get());
        });
    }

    /** Runs the change unless the event was applied before; answers whether it ran. */
    private boolean once(String eventId, Runnable change) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return false;
        }
        change.run();
        return true;
    }

    private void withBooking(String bookingCode, Consumer<Declaration> change) {
        for (Declaration declaration : declarations.findByBooking(bookingCode)) {
            change.accept(declaration);
            changes.publish(declaration);
        }
    }
}
