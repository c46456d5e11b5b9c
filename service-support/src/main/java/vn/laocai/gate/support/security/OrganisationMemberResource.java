package vn.laocai.gate.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;

/**
 * The base of an organisation's own resource ({@code /api/carriers/{carrier}}, {@code /api/companies/{company}}):
 * every operation starts with {@link #member}, the caller's membership of the organisation its path names in
 * one of the roles the operation needs (400 naming the path parameter when it is no tax code or credit code,
 * 403 when the caller holds none of the roles in it), and acts as {@link #actor}.
 */
public abstract class OrganisationMemberResource {

    /** The organisation a request's path names: the path parameter's name (as problems name it) and its value. */
    public record PathOrganisation(String parameter, String value) {
    }

    @Inject
    SecurityIdentity identity;

    /** The organisation of this request's path (the subclass's path parameter). */
    protected abstract PathOrganisation organisationInPath();

    /** The organisation of the path, once the caller holds one of {@code roles} in it. */
    protected OrganisationId member(OrganisationRole... roles) {
        PathOrganisation path = organisationInPath();
        return OrganisationAccess.require(identity, path.parameter(), path.value(), roles);
    }

    /** The caller's account, as the audit trail records who acted. */
    protected String actor() {
        return identity.getPrincipal().getName();
    }
}
