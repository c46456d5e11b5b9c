package vn.laocai.gate.clearance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The companies' authorisations of brokers. */
public interface BrokerAuthorisationRepository {

    void add(BrokerAuthorisation authorisation);

    /** The authorisation of {@code broker} by {@code company} that stands, locked until commit against a withdrawal. */
    Optional<BrokerAuthorisation> standingForUpdate(String company, String broker);

    /**
     * The standing authorisations of {@code company} for any of {@code brokers}, read under a share lock: a
     * withdrawal waits for the declaration being admitted under it, and a declaration after the withdrawal sees it.
     */
    List<BrokerAuthorisation> standingShared(String company, Collection<String> brokers);

    Optional<BrokerAuthorisation> find(UUID id);

    /** Every authorisation the company granted, standing or withdrawn, newest first. */
    List<BrokerAuthorisation> ofCompany(String company);

    /** The company's declarations, newest first, at most {@code limit}: what its staff and its brokers declared for it. */
    List<Declaration> declarationsOf(String company, int limit);
}
