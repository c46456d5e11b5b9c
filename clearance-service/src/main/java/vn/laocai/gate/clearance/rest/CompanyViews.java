package vn.laocai.gate.clearance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.clearance.domain.BrokerAuthorisation;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.support.validation.Bounds;

import java.time.Instant;
import java.util.UUID;

/** What the company API takes and answers. */
final class CompanyViews {

    static final String COMPANY = "5301000115";
    static final String BROKER = "0101000408";
    static final String GRANT = "{\"broker\": \"0101000408\"}";
    static final String NOT_AUTHORISED = """
            {"type": "https://gate.laocai.vn/problems/broker-not-authorised", "title": "Refused by a business rule", "status": 422,
             "detail": "onBehalfOf: company 5301000115 has not authorised your broker to declare for it, or withdrew it",
             "violations": [{"field": "onBehalfOf", "message": "company 5301000115 has not authorised your broker to declare for it, or withdrew it"}]}""";

    private CompanyViews() {
    }

    @Schema(name = "BrokerGrant", description = "The broker a company authorises to declare on its behalf")
    record GrantRequest(
            @NotBlank @Size(max = Bounds.ORGANISATION_ID_LENGTH) @Pattern(regexp = Bounds.ORGANISATION_ID, message = Bounds.ORGANISATION_ID_MESSAGE)
            @Schema(description = "The broker's tax code", example = BROKER)
            String broker) {
    }

    @Schema(name = "BrokerAuthorisation", description = "A company's authorisation of a broker, standing or withdrawn")
    record AuthorisationView(UUID id, @Schema(example = COMPANY) String company, @Schema(example = BROKER) String broker,
                             @Schema(example = "manager-nslc") String grantedBy, Instant grantedAt,
                             @Schema(description = "Null while it stands") String withdrawnBy,
                             @Schema(description = "Null while it stands") Instant withdrawnAt, boolean standing) {
        static AuthorisationView of(BrokerAuthorisation a) {
            return new AuthorisationView(a.id(), a.company(), a.broker(), a.grantedBy(), a.grantedAt(), a.withdrawnBy(), a.withdrawnAt(),
                    a.standing());
        }
    }

    @Schema(name = "CompanyDeclaration", description = "A declaration of the company: who declared it, for whom, through which broker")
    record CompanyDeclarationView(@Schema(example = COMPANY) String company,
                                  @Schema(description = "The broker that declared it on the company's behalf; null when the company's staff did",
                                          example = BROKER) String broker,
                                  @Schema(description = "The account that declared", example = "agent-dl") String declaredBy,
                                  DeclarationView declaration) {
        static CompanyDeclarationView of(Declaration d) {
            return new CompanyDeclarationView(d.company(), d.broker(), d.ownerAccount(), DeclarationView.of(d));
        }
    }
}
