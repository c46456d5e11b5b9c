package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.events.CrossingBooked;
import vn.laocai.gate.events.CustomsChannelAssigned;
import vn.laocai.gate.events.CustomsReleased;
import vn.laocai.gate.events.GateEvent;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases of declarations and their clearance: each in one transaction with the events it causes. */
@ApplicationScoped
public class DeclarationService {

    private static final Logger LOG = Logger.getLogger(DeclarationService.class);
    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "clearance-service";

    private final DeclarationRepository declarations;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Clock clock;

    public DeclarationService(DeclarationRepository declarations, Outbox outbox, ProcessedEvents processed, Clock clock) {
        this.declarations = declarations;
        this.outbox = outbox;
        this.processed = processed;
        this.clock = clock;
    }

    /**
     * Submits a declaration.
     *
     * @throws RuleViolation when a booking is unknown or goes the other way, or (a conflict) the
     *                       declaration number is already used
     */
    @Transactional
    public Declaration submit(SubmitDeclaration command) {
        if (declarations.declarationNumberExists(command.customsDeclarationNumber())) {
            throw RuleViolation.conflict("duplicate-declaration", "customsDeclarationNumber",
                    "customsDeclarationNumber " + command.customsDeclarationNumber() + " is already declared");
        }
        List<String> codes = command.bookingCodes();
        for (int i = 0; i < codes.size(); i++) {
            String field = "bookingCodes[" + i + "]";
            KnownBooking booking = declarations.findBooking(codes.get(i)).orElseThrow(() -> new RuleViolation(
                    "unknown-booking", field, field + " " + codesAt(codes, field) + " is not a booking of this gate"));
            if (!booking.direction().equals(command.direction())) {
                throw new RuleViolation("direction-mismatch", field, field + " " + booking.code()
                        + " is booked for " + booking.direction() + ", the declaration is for " + command.direction());
            }
        }
        Declaration declaration = Declaration.submit(UUID.randomUUID(), command.account(), command.declarant(),
                command.consignee(), command.customsDeclarationNumber(), command.direction(),
                command.destinationCountry(), codes, command.goodsLines(), Instant.now(clock));
        declarations.add(declaration);
        outbox.recordAll(declaration.drainEvents());
        LOG.infof("Declaration %s (%s) submitted for %s", declaration.id(), declaration.customsDeclarationNumber(), codes);
        return declaration;
    }

    private static String codesAt(List<String> codes, String field) {
        return codes.get(Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']'))));
    }

    @Transactional
    public Optional<Declaration> find(UUID id) {
        return declarations.find(id).map(DeclarationService::loaded);
    }

    @Transactional
    public List<Declaration> listByOwner(String account, int limit) {
        return declarations.listByOwner(account, limit).stream().map(DeclarationService::loaded).toList();
    }

    @Transactional
    public List<Declaration> listRecent(int limit) {
        return declarations.listRecent(limit).stream().map(DeclarationService::loaded).toList();
    }

    /** Touches the lazy collections so views can be built outside the transaction. */
    private static Declaration loaded(Declaration d) {
        d.goodsLines().size();
        d.timeline().size();
        return d;
    }

    /** Applies an event of another service, once: a redelivered event changes nothing. */
    @Transactional
    public void apply(String eventId, GateEvent event) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return;
        }
        if (event instanceof CrossingBooked booked) {
            declarations.addBookingIfAbsent(new KnownBooking(booked.bookingCode(), booked.plate(), booked.direction()));
        } else if (event instanceof VehicleReleased released) {
            declarations.findByBooking(released.bookingCode())
                    .forEach(d -> d.vehicleReleased(released.bookingCode(), released.releasedAt()));
        } else if (event instanceof CustomsChannelAssigned assigned) {
            withDeclaration(assigned.declarationId(), d -> d.customsChannelAssigned(assigned.version(),
                    assigned.channel(), assigned.agencyReference(), assigned.assignedAt()));
        } else if (event instanceof CustomsReleased released) {
            withDeclaration(released.declarationId(), d ->
                    d.customsReleased(released.version(), released.agencyReference(), released.releasedAt()));
        }
    }

    private void withDeclaration(String id, java.util.function.Consumer<Declaration> change) {
        Optional<Declaration> declaration = declarations.find(UUID.fromString(id));
        if (declaration.isEmpty()) {
            LOG.warnf("Event for unknown declaration %s ignored", id);
            return;
        }
        change.accept(declaration.get());
        outbox.recordAll(declaration.get().drainEvents());
    }
}
