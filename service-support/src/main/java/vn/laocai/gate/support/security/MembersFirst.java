package vn.laocai.gate.support.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's own resources ({@code /api/carriers/{id}/...}, {@code /api/companies/{id}/...}) answer a
 * signed-in caller who is no member of that organisation with 403 before anything else is read: its body is not
 * validated for it, so an outsider learns neither the rules of the forms nor whether a plate or broker exists.
 * The role an operation needs inside the organisation is still checked by the operation
 * ({@link OrganisationAccess#require}); a malformed id is left to it too (400 naming the parameter).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class MembersFirst implements ContainerRequestFilter {

    private static final Pattern ORGANISATION_PATH = Pattern.compile("^/?api/(?:carriers|companies)/([^/]+)(?:/.*)?$");

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher path = ORGANISATION_PATH.matcher(request.getUriInfo().getPath());
        if (!path.matches() || identity.isAnonymous()) {
            return;
        }
        Optional<OrganisationId> organisation = OrganisationId.parse(path.group(1));
        if (organisation.isPresent() && !member(organisation.get())) {
            throw new ForbiddenException("not a member of " + organisation.get());
        }
    }

    private boolean member(OrganisationId organisation) {
        return OrganisationAccess.memberships(identity).stream().anyMatch(m -> m.organisation().equals(organisation));
    }
}
