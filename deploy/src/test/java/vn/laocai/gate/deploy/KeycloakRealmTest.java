package vn.laocai.gate.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laocai.gate.support.security.Roles;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.map;
import static vn.laocai.gate.deploy.Kustomize.Yaml2.maps;

/** The realm Keycloak imports defines every role the services check, a client per service, and puts roles where the services read them. */
class KeycloakRealmTest {

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void realmDefinesEveryRoleTheServicesCheck(String overlay) {
        Map<String, Object> realm = KeycloakRealm.of(Overlays.render(overlay));
        List<Object> roles = maps(map(realm.get("roles")).get("realm")).stream().map(r -> r.get("name")).toList();
        List<String> platformRoles = Arrays.stream(Roles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(KeycloakRealmTest::value).toList();
        assertThat(platformRoles).contains("driver", "agency-system");
        assertThat(roles).containsAll(platformRoles);
    }

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyServiceHasAClientAndEveryTokenIssuingClientPutsRolesInTheGroupsClaim(String overlay) {
        Workloads w = Overlays.render(overlay);
        List<Map<String, Object>> clients = maps(KeycloakRealm.of(w).get("clients"));
        for (ServiceModule app : ServiceModule.all()) {
            if (app.property("mp.jwt.verify.issuer").isPresent()) {
                assertThat(clients).as("a client for %s", app)
                        .anySatisfy(c -> assertThat(c.get("clientId")).isEqualTo(app.name()));
            }
        }
        assertThat(clients.stream().filter(c -> !Boolean.TRUE.equals(c.get("bearerOnly")))).isNotEmpty().allSatisfy(c ->
                assertThat(maps(c.get("protocolMappers"))).as("client %s maps realm roles to groups", c.get("clientId"))
                        .anySatisfy(m -> {
                            assertThat(m.get("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
                            assertThat(map(m.get("config"))).containsEntry("claim.name", "groups")
                                    .containsEntry("multivalued", "true");
                        }));
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
