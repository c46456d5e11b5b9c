package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.domain.BrokerAuthorisation;
import vn.laocai.gate.clearance.domain.BrokerAuthorisationRepository;
import vn.laocai.gate.support.audit.AuditTrail;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.security.OrganisationId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A trading company's manager grants and withdraws brokers' authorisations; each change is audited with who acted for which company. */
@ApplicationScoped
public class BrokerAuthorisations {

    private final BrokerAuthorisationRepository authorisations;
    private final AuditTrail audit;
    private final Clock clock;

    public BrokerAuthorisations(BrokerAuthorisationRepository authorisations, AuditTrail audit, Clock clock) {
        this.authorisations = authorisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BrokerAuthorisation grant(OrganisationId company, OrganisationId broker, String manager) {
        BrokerAuthorisation granted = BrokerAuthorisation.grant(company.value(), broker.value(), manager,
                authorisations.standingForUpdate(company.value(), broker.value()), Instant.now(clock));
        authorisations.add(granted);
        audit.record(manager, "BROKER_AUTHORISED", granted.id().toString(), null, Map.of("company", company.value(), "broker", broker.value()));
        return granted;
    }

    /** Withdraws the standing authorisation of {@code broker}; 404 when none stands. The broker's next declaration for the company is refused. */
    @Transactional
    public BrokerAuthorisation withdraw(OrganisationId company, OrganisationId broker, String manager) {
        BrokerAuthorisation standing = authorisations.standingForUpdate(company.value(), broker.value())
                .orElseThrow(() -> new NotFoundException("Broker authorisation", broker.value()));
        standing.withdraw(manager, Instant.now(clock));
        audit.record(manager, "BROKER_AUTHORISATION_WITHDRAWN", standing.id().toString(), null,
                Map.of("company", company.value(), "broker", broker.value()));
        return standing;
    }

    @Transactional
    public List<BrokerAuthorisation> ofCompany(OrganisationId company) {
        return authorisations.ofCompany(company.value());
    }
}
