package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.BookingLink;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationData;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.LinkConsent;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Traders' use cases of declarations (submit, amend) and the reading of declarations; each in one transaction. */
@ApplicationScoped
public class DeclarationService {

    private static final Logger LOG = Logger.getLogger(DeclarationService.class);

    private final DeclarationRepository declarations;
    private final ClearancePolicy policy;
    private final ClearanceConfig config;
    private final DeclarationChanges changes;
    private final FeeRefunds refunds;
    private final Clock clock;

    public DeclarationService(DeclarationRepository declarations, ClearancePolicy policy, ClearanceConfig config,
                              DeclarationChanges changes, FeeRefunds refunds, Clock clock) {
        this.declarations = declarations;
        this.refunds = refunds;
        this.policy = policy;
        this.config = config;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Submits a declaration.
     *
     * @throws RuleViolation when a booking is not linked with the driver's consent, is cancelled or goes
     *                       the other way, or (a conflict) the declaration number is already used
     */
    @Transactional
    public Declaration submit(SubmitDeclaration command) {
        DeclarationData data = command.data();
        if (declarations.declarationNumberExists(data.customsDeclarationNumber())) {
            throw duplicateNumber(data);
        }
        Declaration declaration = Declaration.submit(UUID.randomUUID(), command.account(), data, linked(command, List.of()),
                policy, Instant.now(clock));
        declarations.add(declaration);
        changes.publish(declaration);
        LOG.infof("Declaration %s (%s) submitted for %s", declaration.id(), declaration.customsDeclarationNumber(),
                data.bookingCodes());
        return declaration;
    }

    private static RuleViolation duplicateNumber(DeclarationData data) {
        return RuleViolation.conflict("duplicate-declaration", "customsDeclarationNumber",
                "customsDeclarationNumber " + data.customsDeclarationNumber() + " is already declared")
                .with("number", data.customsDeclarationNumber());
    }

    /** The bookings named, each linked with the driver's consent and checked against what the queue announced ({@link LinkConsent}). */
    private LinkConsent.Linked linked(SubmitDeclaration command, List<BookingLink> existing) {
        return LinkConsent.link(command.data(), command.shareCodes(), standings(declarations), existing, Instant.now(clock));
    }

    /** What clearance knows of each booking code: the booking the queue announced and every consent of it heard of. */
    static Function<String, LinkConsent.Standing> standings(DeclarationRepository declarations) {
        return code -> LinkConsent.Standing.of(declarations.findBooking(code), declarations.consentsOf(code));
    }

    /**
     * Amends a declaration of the trader's into a new version.
     *
     * @throws RuleViolation as for a submission, or 409 when the case is closed
     */
    @Transactional
    public Declaration amend(UUID id, SubmitDeclaration command) {
        Declaration declaration = declarations.owned(id, command.account());
        DeclarationData data = command.data();
        if (!data.customsDeclarationNumber().equals(declaration.customsDeclarationNumber())
                && declarations.declarationNumberExists(data.customsDeclarationNumber())) {
            throw duplicateNumber(data);
        }
        declaration.amend(data, linked(command, declaration.links()), policy, command.account(), Instant.now(clock));
        refunds.order(declaration);
        changes.publish(declaration);
        return DeclarationChanges.loaded(declaration);
    }

    @Transactional
    public Optional<Declaration> find(UUID id) {
        return declarations.find(id).map(DeclarationChanges::loaded);
    }

    @Transactional
    public List<Declaration> listByOwner(String account, int limit) {
        return declarations.listByOwner(account, limit).stream().map(DeclarationChanges::loaded).toList();
    }

    @Transactional
    public List<Declaration> listRecent(int limit) {
        return declarations.listRecent(limit).stream().map(DeclarationChanges::loaded).toList();
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

    /** The same, of the open steps that started in [{@code from}, {@code to}). */
    @Transactional
    public List<DeclarationRepository.StepDwell> dwellTimes(Instant from, Instant to) {
        return declarations.dwellTimes(Instant.now(clock), from, to);
    }
}
