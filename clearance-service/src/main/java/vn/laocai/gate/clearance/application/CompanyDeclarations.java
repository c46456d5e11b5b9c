package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.BrokerAuthorisation;
import vn.laocai.gate.clearance.domain.BrokerAuthorisationRepository;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.domain.RuleViolation;
import vn.laocai.gate.support.security.Membership;
import vn.laocai.gate.support.security.OrganisationId;
import vn.laocai.gate.support.security.OrganisationRole;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Declarations of a trading company: by its own staff (a declarant or the manager), or by an agent of a
 * customs broker the company authorised, {@code onBehalfOf} the company. The authorisation is read under a
 * share lock in the declaration's transaction, so a withdrawal either waits for a declaration being admitted
 * or is seen by it; a broker's declaration or amendment after the withdrawal is refused naming
 * {@code onBehalfOf}. The timeline and the audit trail say who acted for whom; the company's members see
 * every declaration of it.
 */
@ApplicationScoped
public class CompanyDeclarations {

    /** The most declarations one listing of a company gives. */
    public static final int LISTING_LIMIT = 500;

    private final DeclarationService declarations;
    private final DeclarationRepository repository;
    private final BrokerAuthorisationRepository authorisations;
    private final AuditTrail audit;
    private final Clock clock;

    public CompanyDeclarations(DeclarationService declarations, DeclarationRepository repository,
                               BrokerAuthorisationRepository authorisations, AuditTrail audit, Clock clock) {
        this.declarations = declarations;
        this.repository = repository;
        this.authorisations = authorisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits {@code command} as {@code company}'s declaration: the declarant must be the company, and the caller
     * its declarant or manager, or an agent of a broker the company authorised (422 {@code broker-not-authorised}
     * naming {@code onBehalfOf} otherwise).
     */
    @Transactional
    public Declaration submit(SubmitDeclaration command, OrganisationId company, Set<Membership> memberships) {
        if (!OrganisationId.parse(command.data().declarant().taxCode()).map(company::equals).orElse(false)) {
            throw new RuleViolation("declarant-not-represented", "declarant.taxCode", "declarant.taxCode: the declarant must be "
                    + company + ", the company declared for").with("company", company.value());
        }
        String broker = actingBroker(company, memberships);
        Declaration declaration = declarations.submit(command);
        declaration.declaredFor(company.value(), broker, command.account(), Instant.now(clock));
        Map<String, Object> details = new HashMap<>();
        details.put("company", company.value());
        details.put("broker", broker);
        audit.record(command.account(), broker == null ? "DECLARED_FOR_COMPANY" : "DECLARED_ON_BEHALF", declaration.id().toString(),
                null, details);
        return declaration;
    }

    /**
     * Amends a declaration; a broker's declaration only while the caller is still an agent of that broker and the
     * company's authorisation of it still stands (422 {@code broker-not-authorised} naming {@code onBehalfOf}).
     */
    @Transactional
    public Declaration amend(UUID id, SubmitDeclaration command, Set<Membership> memberships) {
        Optional<Declaration> found = repository.find(id).filter(d -> d.isOwnedBy(command.account()) && d.broker() != null);
        found.ifPresent(d -> BrokerAuthorisation.requireStanding(d.company(), brokersOf(memberships).contains(d.broker())
                ? Set.of(d.broker()) : Set.of(), authorisations.standingShared(d.company(), Set.of(d.broker()))));
        return declarations.amend(id, command);
    }

    /** Whether the memberships let their holder see {@code declaration} as a member of its company (declarant or manager). */
    public static boolean seenByCompany(Declaration declaration, Set<Membership> memberships) {
        return declaration.company() != null && Membership.holds(memberships, OrganisationId.of(declaration.company()),
                OrganisationRole.DECLARANT, OrganisationRole.MANAGER);
    }

    /** Every declaration of the company, newest first: its staff's and its brokers'. */
    @Transactional
    public List<Declaration> ofCompany(OrganisationId company) {
        return authorisations.declarationsOf(company.value(), LISTING_LIMIT).stream().map(DeclarationChanges::loaded).toList();
    }

    /** Null when the caller is the company's declarant or manager; otherwise the broker whose standing authorisation lets them act. */
    private String actingBroker(OrganisationId company, Set<Membership> memberships) {
        if (Membership.holds(memberships, company, OrganisationRole.DECLARANT, OrganisationRole.MANAGER)) {
            return null;
        }
        Set<String> brokers = brokersOf(memberships);
        return BrokerAuthorisation.requireStanding(company.value(), brokers, authorisations.standingShared(company.value(), brokers)).broker();
    }

    private static Set<String> brokersOf(Set<Membership> memberships) {
        return memberships.stream().filter(m -> m.role() == OrganisationRole.BROKER_AGENT)
                .map(m -> m.organisation().value()).collect(Collectors.toSet());
    }
}
