package vn.laocai.gate.support.security;

import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's place in one organisation: the organisation's {@link OrganisationId} and their
 * {@link OrganisationRole} in it. The identity provider says it in the token's {@value #CLAIM} claim as
 * Keycloak group paths {@code /orgs/<tax code or credit code>/<role>} (a group membership mapper with full
 * paths), one per membership; the local identity issues the same claim.
 */
public record Membership(OrganisationId organisation, OrganisationRole role) {

    /** The token claim holding the group paths. */
    public static final String CLAIM = "memberships";
    /** The top group every organisation group sits under. */
    public static final String ROOT = "/orgs/";

    /** The group path that says this membership: {@code /orgs/0100109106/dispatcher}. */
    public String groupPath() {
        return ROOT + organisation.value() + "/" + role.code();
    }

    /** One group path; empty for a group outside {@code /orgs/}, a malformed or unchecked number, or an unknown role. */
    public static Optional<Membership> parse(String groupPath) {
        if (groupPath == null || !groupPath.startsWith(ROOT)) {
            return Optional.empty();
        }
        String[] parts = groupPath.substring(ROOT.length()).split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<OrganisationId> organisation = OrganisationId.parse(parts[0]);
        Optional<OrganisationRole> role = OrganisationRole.ofCode(parts[1]);
        return organisation.isPresent() && role.isPresent()
                ? Optional.of(new Membership(organisation.get(), role.get())) : Optional.empty();
    }

    /** Every membership the paths say, in their order; other groups are ignored. */
    public static Set<Membership> parseAll(Collection<?> groupPaths) {
        Set<Membership> all = new LinkedHashSet<>();
        if (groupPaths != null) {
            for (Object path : groupPaths) {
                String text = path instanceof JsonString json ? json.getString() : path == null ? null : path.toString();
                parse(text).ifPresent(all::add);
            }
        }
        return all;
    }

    /** The memberships of a verified token; none when it has no {@value #CLAIM} claim. */
    public static Set<Membership> of(JsonWebToken token) {
        if (token == null || !token.containsClaim(CLAIM)) {
            return Set.of();
        }
        Object claim = token.getClaim(CLAIM);
        if (claim instanceof Collection<?> paths) {
            return parseAll(paths);
        }
        return parseAll(claim == null ? List.of() : List.of(claim));
    }

    /** Whether {@code memberships} hold one of {@code roles} in {@code organisation}. */
    public static boolean holds(Set<Membership> memberships, OrganisationId organisation, OrganisationRole... roles) {
        return memberships.stream().anyMatch(m -> m.organisation.equals(organisation) && List.of(roles).contains(m.role));
    }
}
