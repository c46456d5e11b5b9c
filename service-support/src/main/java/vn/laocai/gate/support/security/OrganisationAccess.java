package vn.laocai.gate.support.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.util.Set;

/**
 * The edge's check of who acts for an organisation: the organisation a request names (a path parameter or
 * a field) parsed as an {@link OrganisationId} (400 naming the field when it is none), and the caller's
 * {@link Membership}s holding one of the roles the operation needs in it (403 otherwise).
 */
public final class OrganisationAccess {

    private OrganisationAccess() {
    }

    /** The memberships of the caller's verified token; none for a caller without the claim. */
    public static Set<Membership> memberships(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? Membership.of(token) : Set.of();
    }

    /** The organisation {@code raw} names; 400 naming {@code field} when it is no checked tax code or credit code. */
    public static OrganisationId organisation(String field, String raw) {
        return OrganisationId.parse(raw).orElseThrow(() -> new InvalidValueException(field,
                "'" + raw + "' is not a Vietnamese tax code or a Chinese unified social credit code")
                .saying("not-an-organisation-id", "value", raw));
    }

    /** The organisation named by {@code field}, once the caller holds one of {@code roles} in it; 403 otherwise. */
    public static OrganisationId require(SecurityIdentity identity, String field, String raw, OrganisationRole... roles) {
        OrganisationId organisation = organisation(field, raw);
        if (!Membership.holds(memberships(identity), organisation, roles)) {
            throw new ForbiddenException("not a member of " + organisation + " in one of the roles " + Set.of(roles));
        }
        return organisation;
    }
}
