package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A trading company's authorisation of a customs broker to declare on its behalf: granted by the company's
 * manager, standing until withdrawn (by the company's manager, at any time), kept with who and when. While it
 * stands, the broker's agents may declare the company's consignments; once withdrawn the next declaration or
 * amendment of theirs is refused.
 */
@Entity
@Table(name = "broker_authorisation")
public class BrokerAuthorisation {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String company;

    @Column(nullable = false, updatable = false)
    private String broker;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected BrokerAuthorisation() {
    }

    /** Grants {@code broker} the right to declare for {@code company}; 409 when an authorisation of it already stands. */
    public static BrokerAuthorisation grant(String company, String broker, String manager, Optional<BrokerAuthorisation> standing, Instant now) {
        if (company.equals(broker)) {
            throw new RuleViolation("broker-is-company", "broker", "a company does not authorise itself: its own staff declare for it")
                    .with("broker", broker);
        }
        if (standing.isPresent()) {
            throw RuleViolation.conflict("broker-already-authorised", "broker", "broker " + broker + " is already authorised by " + company)
                    .with("broker", broker).with("company", company);
        }
        BrokerAuthorisation a = new BrokerAuthorisation();
        a.id = UUID.randomUUID();
        a.company = company;
        a.broker = broker;
        a.grantedBy = manager;
        a.grantedAt = now;
        return a;
    }

    /** Withdraws it; the broker's agents can no longer declare for the company. */
    public void withdraw(String manager, Instant now) {
        if (withdrawnAt == null) {
            withdrawnBy = manager;
            withdrawnAt = now;
        }
    }

    /**
     * The standing authorisation among {@code found} that lets an agent of one of {@code brokers} declare for
     * {@code company}; 422 {@code broker-not-authorised} naming {@code onBehalfOf} when none stands (never granted,
     * or withdrawn).
     */
    public static BrokerAuthorisation requireStanding(String company, java.util.Collection<String> brokers,
                                                      java.util.List<BrokerAuthorisation> found) {
        return found.stream().filter(a -> a.standing() && a.company.equals(company) && brokers.contains(a.broker)).findFirst()
                .orElseThrow(() -> new RuleViolation("broker-not-authorised", "onBehalfOf",
                        "onBehalfOf: company " + company + " has not authorised your broker to declare for it, or withdrew it")
                        .with("company", company));
    }

    public boolean standing() {
        return withdrawnAt == null;
    }

    public UUID id() {
        return id;
    }

    public String company() {
        return company;
    }

    public String broker() {
        return broker;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
