package vn.laocai.gate.customs.rest;

import io.quarkus.security.identity.SecurityIdentity;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.Exchange;
import vn.laocai.gate.customs.messaging.DeadLetters;
import vn.laocai.gate.events.Topics;
import vn.laocai.gate.support.security.Roles;

/**
 * Who reads personal data in this service's views: the messages exchanged with the border guard's system carry the
 * driver's name and document, so their payload is shown to the border guard alone; every other reader (customs
 * officers, supervisors) gets the exchange without it, its SHA-256 still there to prove what was sent. The same
 * holds for records of the border guard's topic parked on the dead-letter topic.
 */
final class PersonalDataViews {

    private PersonalDataViews() {
    }

    static boolean mayReadPayload(SecurityIdentity identity, Exchange exchange) {
        return exchange.agencySystem() != AgencySystem.BORDER_GUARD || identity.hasRole(Roles.BORDER_GUARD);
    }

    /** A parked record of the border guard's topic carries the driver's document: its payload to the border guard alone. */
    static DeadLetters.Parked parked(SecurityIdentity identity, DeadLetters.Parked parked) {
        return Topics.QUEUE_BORDER_GUARD.equals(parked.originalTopic()) && !identity.hasRole(Roles.BORDER_GUARD)
                ? parked.withoutPayload() : parked;
    }
}
