package vn.laocai.gate.support.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest {

    private static final OrganisationId CARRIER = OrganisationId.of("5300100237");

    @Test
    void aGroupPathNamesTheOrganisationAndTheRole() {
        Membership m = Membership.parse("/orgs/5300100237/dispatcher").orElseThrow();
        assertThat(m.organisation()).isEqualTo(CARRIER);
        assertThat(m.role()).isEqualTo(OrganisationRole.DISPATCHER);
        assertThat(m.groupPath()).isEqualTo("/orgs/5300100237/dispatcher");
        assertThat(Membership.parse("/orgs/91532503MA6K7T8Q4D/broker-agent").orElseThrow().role()).isEqualTo(OrganisationRole.BROKER_AGENT);
    }

    @Test
    void otherGroupsBadNumbersAndUnknownRolesSayNothing() {
        assertThat(Membership.parse("/staff/gate")).isEmpty();
        assertThat(Membership.parse("/orgs/5300100237")).isEmpty();
        assertThat(Membership.parse("/orgs/5300100238/dispatcher")).isEmpty();
        assertThat(Membership.parse("/orgs/5300100237/owner")).isEmpty();
        assertThat(Membership.parse("/orgs/5300100237/dispatcher/extra")).isEmpty();
        assertThat(Membership.parse(null)).isEmpty();
    }

    @Test
    void theClaimAsSmallryeJwtGivesItIsReadWholeIgnoringOtherGroups() {
        var claim = Json.createArrayBuilder().add("/orgs/5300100237/dispatcher").add("/orgs/5300100237/manager")
                .add("/somewhere/else").add("/orgs/0100109106/declarant").build();
        Set<Membership> all = Membership.parseAll(claim);
        assertThat(all).extracting(Membership::groupPath)
                .containsExactly("/orgs/5300100237/dispatcher", "/orgs/5300100237/manager", "/orgs/0100109106/declarant");
        assertThat(Membership.holds(all, CARRIER, OrganisationRole.MANAGER)).isTrue();
        assertThat(Membership.holds(all, CARRIER, OrganisationRole.DRIVER)).isFalse();
        assertThat(Membership.holds(all, OrganisationId.of("0100109106"), OrganisationRole.DISPATCHER)).isFalse();
        assertThat(Membership.parseAll(List.of())).isEmpty();
        assertThat(Membership.parseAll(null)).isEmpty();
    }
}
