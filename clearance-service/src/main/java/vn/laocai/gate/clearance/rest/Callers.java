package vn.laocai.gate.clearance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import vn.laocai.gate.clearance.application.CompanyDeclarations;
import vn.laocai.gate.clearance.application.DeclarationService;
import vn.laocai.gate.clearance.domain.ClearanceStep;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.domain.InvalidValueException;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.security.Membership;
import vn.laocai.gate.support.security.OrganisationAccess;
import vn.laocai.gate.support.security.OrganisationId;
import vn.laocai.gate.support.security.OrganisationRole;
import vn.laocai.gate.support.security.Roles;

import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who calls: a trader sees their own declarations, officers of every agency and supervisors see all; each agency decides its own step. */
@RequestScoped
public class Callers {

    static final List<String> READERS = List.of(Roles.GATE_OFFICER, Roles.BORDER_GUARD, Roles.CUSTOMS_OFFICER,
            Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR);

    /** The role whose officers decide each step. */
    static final Map<ClearanceStep, String> AGENCY_OF = new EnumMap<>(Map.of(
            ClearanceStep.BORDER_GUARD, Roles.BORDER_GUARD,
            ClearanceStep.CUSTOMS, Roles.CUSTOMS_OFFICER,
            ClearanceStep.PLANT_QUARANTINE, Roles.QUARANTINE_OFFICER,
            ClearanceStep.HEALTH_QUARANTINE, Roles.HEALTH_OFFICER,
            ClearanceStep.FEE_PAYMENT, Roles.FEE_OFFICER));

    private final SecurityIdentity identity;
    private final DeclarationService declarations;

    public Callers(SecurityIdentity identity, DeclarationService declarations) {
        this.identity = identity;
        this.declarations = declarations;
    }

    String name() {
        return identity.getPrincipal().getName();
    }

    boolean isOfficer() {
        return READERS.stream().anyMatch(identity::hasRole);
    }

    boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The declaration, if the caller may see it; 404 otherwise (another trader's is as good as absent). */
    Declaration visible(String id) {
        UUID uuid = uuid("id", id);
        return declarations.find(uuid)
                .filter(d -> isOfficer() || d.isOwnedBy(name()) || CompanyDeclarations.seenByCompany(d, memberships()))
                .orElseThrow(() -> new NotFoundException("Declaration", id));
    }

    /**
     * The declaration, if the caller may read it: 404 when there is none, 403 when it is another trader's (for what a
     * trader may share, such as the traceability record, whose existence is no secret once a link is out).
     */
    Declaration readable(String id) {
        Declaration declaration = declarations.find(uuid("id", id)).orElseThrow(() -> new NotFoundException("Declaration", id));
        if (!isOfficer() && !ownsOrSeesForCompany(declaration)) {
            throw new ProblemException(403, "not-your-declaration", "Not your declaration",
                    "id: declaration " + id + " is another trader's", List.of())
                    .saying(Message.of("problem.not-your-declaration", "id", id), "");
        }
        return declaration;
    }

    /** Whether the caller declared it or sees it as a member of its company. */
    boolean ownsOrSeesForCompany(Declaration declaration) {
        return declaration.isOwnedBy(name()) || CompanyDeclarations.seenByCompany(declaration, memberships());
    }

    /** The caller's memberships of organisations, from the token's {@code memberships} claim. */
    Set<Membership> memberships() {
        return OrganisationAccess.memberships(identity);
    }

    /**
     * The company a declaration is for: {@code onBehalfOf} when given (400 naming it when no checked tax code or credit
     * code), else the one company the caller is the declarant or manager of; empty for a trader of no company.
     */
    Optional<OrganisationId> companyDeclaredFor(String onBehalfOf) {
        if (onBehalfOf != null && !onBehalfOf.isBlank()) {
            return Optional.of(OrganisationAccess.organisation("onBehalfOf", onBehalfOf));
        }
        List<OrganisationId> own = memberships().stream()
                .filter(m -> m.role() == OrganisationRole.DECLARANT || m.role() == OrganisationRole.MANAGER)
                .map(Membership::organisation).distinct().toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "'" + value + "' is not a UUID").saying("not-a-uuid", "value", value);
        }
    }

    /** A step named in a path: {@code PLANT_QUARANTINE} or {@code plant-quarantine}. */
    static ClearanceStep step(String value) {
        try {
            return ClearanceStep.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("step", "'" + value + "' is not a step; steps are " + List.of(ClearanceStep.values()))
                    .saying("not-a-step", "value", value, "steps", Arrays.stream(ClearanceStep.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Refuses (403) an officer of another agency. */
    void requireAgencyOf(ClearanceStep step) {
        String role = AGENCY_OF.get(step);
        if (!identity.hasRole(role)) {
            throw new ProblemException(403, "wrong-agency", "Not your agency's step",
                    "step: " + step + " is decided by the role " + role, List.of())
                    .saying(Message.of("problem.wrong-agency", "step", step, "role", role), "");
        }
    }

    /** The step of the caller's agency, for a hold placed without naming one. */
    Optional<ClearanceStep> ownStep() {
        return AGENCY_OF.entrySet().stream().filter(e -> identity.hasRole(e.getValue())).map(Map.Entry::getKey).findFirst();
    }
}
