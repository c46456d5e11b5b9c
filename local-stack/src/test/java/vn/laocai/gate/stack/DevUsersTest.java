package vn.laocai.gate.stack;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevUsersTest {

    @Test
    void parsesUsersWithOneOrMoreRolesSkippingComments() throws Exception {
        DevUsers users = DevUsers.parse(new StringReader("""
                # demo users
                ! also a comment

                driver = driver , driver
                boss=secret,supervisor,customs-officer
                """));

        assertThat(users.find("driver")).get().extracting(DevUsers.DevUser::roles).isEqualTo(List.of("driver"));
        assertThat(users.find("boss")).get().extracting(DevUsers.DevUser::roles)
                .isEqualTo(List.of("supervisor", "customs-officer"));
        assertThat(users.all()).hasSize(2);
    }

    @Test
    void authenticatesOnlyWithTheRightPassword() throws Exception {
        DevUsers users = DevUsers.parse(new StringReader("trader=trader,trader"));

        assertThat(users.authenticate("trader", "trader")).isPresent();
        assertThat(users.authenticate("trader", "Trader")).isEmpty();
        assertThat(users.authenticate("trader", null)).isEmpty();
        assertThat(users.authenticate("nobody", "trader")).isEmpty();
    }

    @Test
    void rejectsAUserWithoutRoleOrPassword() {
        assertThatThrownBy(() -> DevUsers.parse(new StringReader("driver=driver")))
                .hasMessageContaining("Line 1").hasMessageContaining("at least one role");
        assertThatThrownBy(() -> DevUsers.parse(new StringReader("\ndriver=,driver")))
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> DevUsers.parse(new StringReader("just-a-name")))
                .hasMessageContaining("expected username=password");
    }

    @Test
    void readsMembershipsAsGroupPathsAndRefusesOtherPaths() throws Exception {
        DevUsers users = DevUsers.parse(new StringReader("d=d,driver,/orgs/5300100237/dispatcher,/orgs/0101000408/broker-agent"));
        DevUsers.DevUser d = users.find("d").orElseThrow();
        assertThat(d.roles()).containsExactly("driver");
        assertThat(d.memberships()).containsExactly("/orgs/5300100237/dispatcher", "/orgs/0101000408/broker-agent");
        assertThatThrownBy(() -> DevUsers.parse(new StringReader("d=d,driver,/staff/gate"))).hasMessageContaining("group path");
    }

    @Test
    void rejectsADuplicateUser() {
        assertThatThrownBy(() -> DevUsers.parse(new StringReader("a=a,driver\na=b,trader")))
                .hasMessageContaining("appears twice");
    }

    @Test
    void theShippedFileHasOneDemoUserPerRole() {
        DevUsers users = DevUsers.fromClasspath();

        assertThat(users.all()).extracting(DevUsers.DevUser::username, u -> u.roles().get(0)).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("driver", "driver"),
                org.assertj.core.groups.Tuple.tuple("trader", "trader"),
                org.assertj.core.groups.Tuple.tuple("gate", "gate-officer"),
                org.assertj.core.groups.Tuple.tuple("guard", "border-guard"),
                org.assertj.core.groups.Tuple.tuple("customs", "customs-officer"),
                org.assertj.core.groups.Tuple.tuple("quarantine", "quarantine-officer"),
                org.assertj.core.groups.Tuple.tuple("health", "health-officer"),
                org.assertj.core.groups.Tuple.tuple("fees", "fee-officer"),
                org.assertj.core.groups.Tuple.tuple("supervisor", "supervisor"),
                org.assertj.core.groups.Tuple.tuple("sct", "partner-agency"),
                org.assertj.core.groups.Tuple.tuple("manager-kt", "driver"),
                org.assertj.core.groups.Tuple.tuple("dispatcher-kt", "driver"),
                org.assertj.core.groups.Tuple.tuple("driver-kt", "driver"),
                org.assertj.core.groups.Tuple.tuple("dispatcher-hk", "driver"),
                org.assertj.core.groups.Tuple.tuple("manager-nslc", "trader"),
                org.assertj.core.groups.Tuple.tuple("declarant-nslc", "trader"),
                org.assertj.core.groups.Tuple.tuple("agent-dl", "trader"));
        assertThat(users.find("dispatcher-kt").orElseThrow().memberships()).containsExactly("/orgs/5300100237/dispatcher");
        assertThat(users.find("agent-dl").orElseThrow().memberships()).containsExactly("/orgs/0101000408/broker-agent");
        assertThat(users.find("driver").orElseThrow().memberships()).isEmpty();
        users.all().forEach(u -> assertThat(users.authenticate(u.username(), u.username())).isPresent());
    }
}
