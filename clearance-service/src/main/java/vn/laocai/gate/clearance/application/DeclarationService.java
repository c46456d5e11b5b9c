package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.AttachedDocument;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationData;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.DocumentContentStore;
import vn.laocai.gate.clearance.domain.FileFormat;
import vn.laocai.gate.clearance.domain.Hold;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.clearance.domain.StepDecision;
import vn.laocai.gate.clearance.domain.Trip;
import vn.laocai.gate.events.BookingAmended;
import vn.laocai.gate.events.BookingCancelled;
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
import vn.laocai.gate.events.QuarantineResultReceived;
import vn.laocai.gate.events.VehicleCalledForward;
import vn.laocai.gate.events.VehicleCheckedIn;
import vn.laocai.gate.events.VehicleEnteredGate;
import vn.laocai.gate.events.VehicleExited;
import vn.laocai.gate.events.VehicleReleased;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.inbox.ProcessedEvents;
import vn.laocai.gate.support.outbox.Outbox;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Use cases of declarations and their clearance case: each in one transaction with the events it causes. */
@ApplicationScoped
public class DeclarationService {

    private static final Logger LOG = Logger.getLogger(DeclarationService.class);
    /** Name under which this service records the events it has applied. */
    static final String CONSUMER = "clearance-service";

    private final DeclarationRepository declarations;
    private final DocumentContentStore contents;
    private final ClearancePolicy policy;
    private final ClearanceConfig config;
    private final DeclarationChanges changes;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Clock clock;

    public DeclarationService(DeclarationRepository declarations, DocumentContentStore contents, ClearancePolicy policy,
                              ClearanceConfig config, DeclarationChanges changes, Outbox outbox, ProcessedEvents processed,
                              Clock clock) {
        this.declarations = declarations;
        this.contents = contents;
        this.policy = policy;
        this.config = config;
        this.changes = changes;
        this.outbox = outbox;
        this.processed = processed;
        this.clock = clock;
    }

    /**
     * Submits a declaration.
     *
     * @throws RuleViolation when a booking is unknown, cancelled or goes the other way, or (a
     *                       conflict) the declaration number is already used
     */
    @Transactional
    public Declaration submit(SubmitDeclaration command) {
        DeclarationData data = command.data();
        if (declarations.declarationNumberExists(data.customsDeclarationNumber())) {
            throw RuleViolation.conflict("duplicate-declaration", "customsDeclarationNumber",
                    "customsDeclarationNumber " + data.customsDeclarationNumber() + " is already declared");
        }
        Declaration declaration = Declaration.submit(UUID.randomUUID(), command.account(), data, trips(data),
                policy, Instant.now(clock));
        declarations.add(declaration);
        publish(declaration);
        LOG.infof("Declaration %s (%s) submitted for %s", declaration.id(), declaration.customsDeclarationNumber(),
                data.bookingCodes());
        return declaration;
    }

    /** The trips of the bookings named, each checked against what the queue announced. */
    private List<Trip> trips(DeclarationData data) {
        List<String> codes = data.bookingCodes();
        List<Trip> trips = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "bookingCodes[" + i + "]";
            String code = codes.get(i);
            KnownBooking booking = declarations.findBooking(code).orElseThrow(() -> new RuleViolation(
                    "unknown-booking", field, field + " " + code + " is not a booking of this gate"));
            if (!booking.direction().equals(data.direction())) {
                throw new RuleViolation("direction-mismatch", field, field + " " + booking.code()
                        + " is booked for " + booking.direction() + ", the declaration is for " + data.direction());
            }
            if (booking.cancelled()) {
                throw new RuleViolation("booking-cancelled", field, field + " " + code + " was cancelled");
            }
            trips.add(booking.trip());
        }
        return trips;
    }

    /**
     * Amends a declaration of the trader's into a new version.
     *
     * @throws RuleViolation as for a submission, or 409 when the case is closed
     */
    @Transactional
    public Declaration amend(UUID id, SubmitDeclaration command) {
        Declaration declaration = owned(id, command.account());
        DeclarationData data = command.data();
        if (!data.customsDeclarationNumber().equals(declaration.customsDeclarationNumber())
                && declarations.declarationNumberExists(data.customsDeclarationNumber())) {
            throw RuleViolation.conflict("duplicate-declaration", "customsDeclarationNumber",
                    "customsDeclarationNumber " + data.customsDeclarationNumber() + " is already declared");
        }
        declaration.amend(data, trips(data), policy, command.account(), Instant.now(clock));
        publish(declaration);
        return loaded(declaration);
    }

    /**
     * Attaches a document of the trader's, checking the file: size, format allowed, content that
     * is what its declared media type says.
     *
     * @throws ProblemException 413 for a file too large, 415 for a format not accepted, 400 when the
     *                          content is not of the declared type or a file is missing
     */
    @Transactional
    public AttachedDocument attach(UUID id, AttachDocument command) {
        Declaration declaration = owned(id, command.account());
        UUID documentId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        AttachedDocument document;
        if (command.content() == null) {
            if (!command.type().codeOnly()) {
                throw ProblemException.invalidField("file", "a " + command.type() + " needs its file (PDF, JPEG or PNG)");
            }
            document = new AttachedDocument(documentId, command.type(), command.number(), null, null, 0, null,
                    command.account(), now);
        } else {
            FileFormat format = checkedFormat(command);
            String sha256 = sha256(command.content());
            contents.store(documentId, command.content());
            document = new AttachedDocument(documentId, command.type(), command.number(), command.fileName(),
                    format.mediaType(), command.content().length, sha256, command.account(), now);
        }
        declaration.attachDocument(document, now);
        publish(declaration);
        return document;
    }

    private FileFormat checkedFormat(AttachDocument command) {
        long max = config.documents().maxSizeBytes();
        if (command.content().length > max) {
            throw new ProblemException(413, "document-too-large", "Document too large",
                    "file: " + command.content().length + " bytes, at most " + max + " bytes are accepted",
                    List.of(new Problem.FieldViolation("file", "at most " + max + " bytes")));
        }
        if (command.content().length == 0) {
            throw ProblemException.invalidField("file", "the file is empty");
        }
        FileFormat declared = FileFormat.ofMediaType(command.declaredMediaType()).orElseThrow(() -> new ProblemException(415,
                "unsupported-document-type", "Unsupported document type",
                "file: " + command.declaredMediaType() + " is not accepted; upload application/pdf, image/jpeg or image/png",
                List.of(new Problem.FieldViolation("file", "must be application/pdf, image/jpeg or image/png"))));
        Optional<FileFormat> actual = FileFormat.sniff(command.content());
        if (actual.isEmpty() || actual.get() != declared) {
            throw new ProblemException(400, "document-content-mismatch", "Content does not match its type",
                    "file: declared " + declared.mediaType() + " but the content is "
                            + actual.map(FileFormat::mediaType).orElse("none of PDF, JPEG or PNG"),
                    List.of(new Problem.FieldViolation("file", "content is not " + declared.mediaType())));
        }
        return declared;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a document, to someone entitled to read the declaration. */
    @Transactional
    public Optional<DocumentFile> document(UUID id, UUID documentId) {
        return declarations.find(id).flatMap(d -> d.documents().stream().filter(doc -> doc.documentId().equals(documentId)).findFirst())
                .filter(AttachedDocument::hasFile)
                .flatMap(doc -> contents.load(documentId).map(bytes -> new DocumentFile(doc.fileName(), doc.mediaType(), doc.sha256(), bytes)));
    }

    /** A stored file as it is downloaded. */
    public record DocumentFile(String fileName, String mediaType, String sha256, byte[] content) {
    }

    /** An officer decides on a step. */
    @Transactional
    public Declaration decide(UUID id, ClearanceStep step, StepDecision decision, String officer, String reason) {
        Declaration declaration = existing(id);
        declaration.decide(step, decision, officer, reason, Instant.now(clock));
        publish(declaration);
        return loaded(declaration);
    }

    /** An officer holds the consignment on their step. */
    @Transactional
    public Hold hold(UUID id, String step, String reason, String officer) {
        Declaration declaration = existing(id);
        Hold hold = declaration.hold(step, reason, officer, Instant.now(clock));
        publish(declaration);
        return hold;
    }

    /** An officer lifts a hold of their step. */
    @Transactional
    public Declaration lift(UUID id, int holdNumber, String officerStep, String officer) {
        Declaration declaration = existing(id);
        declaration.holds().stream().filter(h -> h.number() == holdNumber && !h.step().equals(officerStep)).findFirst()
                .ifPresent(h -> {
                    throw new RuleViolation("not-your-hold", "holdNumber", "holdNumber: hold " + holdNumber
                            + " is on " + h.step() + "; only that agency lifts it");
                });
        declaration.lift(holdNumber, officer, Instant.now(clock));
        publish(declaration);
        return loaded(declaration);
    }

    /** The order to pay the fee now due, for a trader of the declaration or a fee officer. */
    @Transactional
    public PaymentProvider.Order feeOrder(UUID id, String account, boolean officer) {
        Declaration declaration = officer ? existing(id) : owned(id, account);
        if (!declaration.feeDue()) {
            throw RuleViolation.conflict("illegal-transition", "step", ClearanceStep.FEE_PAYMENT + ": PAY is not allowed in state "
                    + declaration.step(ClearanceStep.FEE_PAYMENT).state() + " of a " + declaration.status() + " consignment");
        }
        return new PaymentProvider.Order(id + "-v" + declaration.declarationVersion() + "-" + declaration.feePaidVnd(),
                declaration.declarant().taxCode(), declaration.declarant().name(), declaration.outstandingVnd(),
                "Phi su dung ket cau ha tang cua khau Kim Thanh, to khai " + declaration.customsDeclarationNumber()
                        + ": " + declaration.feeBreakdown());
    }

    /** Records what the payment provider answered. */
    @Transactional
    public Declaration feePaid(UUID id, PaymentProvider.Receipt receipt, String payer) {
        Declaration declaration = existing(id);
        declaration.feePaid(receipt.amountVnd(), receipt.paymentReference(), receipt.invoiceNumber(), payer, Instant.now(clock));
        publish(declaration);
        return loaded(declaration);
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

    /** How long each step is expected to take: the observed mean when there are enough, else the configured default. */
    @Transactional
    public Map<ClearanceStep, Duration> expectedStepDurations() {
        Map<ClearanceStep, Duration> expected = new EnumMap<>(ClearanceStep.class);
        config.estimates().defaults().forEach((step, duration) ->
                expected.put(ClearanceStep.valueOf(step.toUpperCase(Locale.ROOT).replace('-', '_')), duration));
        expected.putAll(declarations.meanStepDurations(Instant.now(clock).minus(config.estimates().window()),
                config.estimates().minSamples()));
        return expected;
    }

    @Transactional
    public List<DeclarationRepository.StepDwell> dwellTimes() {
        return declarations.dwellTimes(Instant.now(clock));
    }

    private Declaration existing(UUID id) {
        return declarations.find(id).orElseThrow(() -> ProblemException.notFound("Declaration", id.toString()));
    }

    private Declaration owned(UUID id, String account) {
        return declarations.find(id).filter(d -> d.isOwnedBy(account))
                .orElseThrow(() -> ProblemException.notFound("Declaration", id.toString()));
    }

    private void publish(Declaration declaration) {
        outbox.recordAll(declaration.drainEvents());
        declarations.flush();
        changes.changedAfterCommit(declaration.id());
    }

    /** Touches the lazy collections so views can be built outside the transaction. */
    private static Declaration loaded(Declaration d) {
        d.goodsLines().size();
        d.timeline().size();
        d.documents().size();
        d.requiredDocuments().size();
        d.steps().size();
        d.holds().size();
        d.borderCleared().size();
        return d;
    }

    /** Applies an event of another service, once: a redelivered event changes nothing. */
    @Transactional
    public void apply(String eventId, GateEvent event) {
        if (!processed.markProcessed(eventId, CONSUMER)) {
            return;
        }
        if (event instanceof CrossingBooked booked) {
            declarations.addBookingIfAbsent(new KnownBooking(booked.bookingCode(), booked.plate(), booked.direction(),
                    booked.vehicleType(), booked.weightClass()));
        } else if (event instanceof BookingCancelled cancelled) {
            declarations.findBooking(cancelled.bookingCode()).ifPresent(KnownBooking::cancel);
            withBooking(cancelled.bookingCode(), d -> d.bookingCancelled(cancelled.bookingCode(), cancelled.reason(), cancelled.cancelledAt()));
        } else if (event instanceof BookingAmended e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "BOOKING_AMENDED", "Booking " + e.bookingCode()
                    + " amended (revision " + e.revision() + "): driver " + e.driverName() + ", arrival " + e.arrivalWindowStart()
                    + (e.reason() == null ? "" : "; " + e.reason()), e.amendedAt()));
        } else if (event instanceof VehicleCheckedIn e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "VEHICLE_CHECKED_IN",
                    "Vehicle " + e.bookingCode() + " (" + e.plate() + ") checked in at the yard", e.checkedInAt()));
        } else if (event instanceof VehicleCalledForward e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "VEHICLE_CALLED_FORWARD",
                    "Vehicle " + e.bookingCode() + " called forward to lane " + e.lane(), e.calledAt()));
        } else if (event instanceof VehicleEnteredGate e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "VEHICLE_ENTERED_GATE",
                    "Vehicle " + e.bookingCode() + " entered the gate on lane " + e.lane(), e.enteredAt()));
        } else if (event instanceof VehicleReleased e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "VEHICLE_RELEASED",
                    "Vehicle " + e.bookingCode() + " released at the gate", e.releasedAt()));
        } else if (event instanceof VehicleExited e) {
            withBooking(e.bookingCode(), d -> d.vehicleMoved(e.bookingCode(), "VEHICLE_EXITED",
                    "Vehicle " + e.bookingCode() + " left the gate on lane " + e.lane(), e.exitedAt()));
        } else if (event instanceof BorderCheckCompleted e) {
            withBooking(e.bookingCode(), d -> d.borderCheckCompleted(e.bookingCode(), e.outcome(), e.reason(), e.completedAt()));
        } else {
            applyAgencyAnswer(event);
        }
    }

    private void applyAgencyAnswer(GateEvent event) {
        if (event instanceof CustomsChannelAssigned e) {
            withDeclaration(e.declarationId(), d -> d.customsChannelAssigned(e.version(), e.channel(), e.agencyReference(), e.assignedAt()));
        } else if (event instanceof CustomsInspectionOrdered e) {
            withDeclaration(e.declarationId(), d -> d.customsInspectionOrdered(e.version(), e.inspectionKind(), e.agencyReference(), e.orderedAt()));
        } else if (event instanceof CustomsInspectionCompleted e) {
            withDeclaration(e.declarationId(), d -> d.customsInspectionCompleted(e.version(), e.result(), e.remarks(), e.completedAt()));
        } else if (event instanceof CustomsReleased e) {
            withDeclaration(e.declarationId(), d -> d.customsReleased(e.version(), e.agencyReference(), e.releasedAt()));
        } else if (event instanceof QuarantineResultReceived e) {
            withDeclaration(e.declarationId(), d -> d.quarantineResult(e.version(), e.agency(), e.outcome(),
                    e.certificateNumber(), e.remarks(), e.decidedAt()));
        } else if (event instanceof CertificateVerified e) {
            withDeclaration(e.declarationId(), d -> d.certificateVerified(e.version(), e.documentType(),
                    e.documentReference(), e.valid(), e.reason(), e.verifiedAt()));
        } else if (event instanceof HandoffAccepted e) {
            withDeclaration(e.declarationId(), d -> d.handoffAccepted(e.version(), e.system(), e.agencyReference(), e.acceptedAt()));
        } else if (event instanceof HandoffDelayed e) {
            withDeclaration(e.declarationId(), d -> d.handoffDelayed(e.version(), e.system(), e.reason(), e.since()));
        } else if (event instanceof DeclarationRejected e) {
            withDeclaration(e.declarationId(), d -> d.declarationRejected(e.version(), e.system(), e.reason(), e.rejectedAt()));
        }
    }

    private void withBooking(String bookingCode, Consumer<Declaration> change) {
        for (Declaration declaration : declarations.findByBooking(bookingCode)) {
            change.accept(declaration);
            publish(declaration);
        }
    }

    private void withDeclaration(String id, Consumer<Declaration> change) {
        Optional<Declaration> declaration = declarations.find(UUID.fromString(id));
        if (declaration.isEmpty()) {
            LOG.warnf("Event for unknown declaration %s ignored", id);
            return;
        }
        change.accept(declaration.get());
        publish(declaration.get());
    }
}
