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

/**
 * The realm Keycloak imports defines every role the services check, a client per service, a client of its
 * own per agency system, and puts roles where the services read them.
 */
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

    /** Keycloak keeps a group's or user's attribute value in a column of 255 characters: a longer one fails the import. */
    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyAttributeValueFitsKeycloaksColumn(String overlay) {
        Map<String, Object> realm = KeycloakRealm.of(Overlays.render(overlay));
        List<String> tooLong = new java.util.ArrayList<>();
        for (String kind : List.of("groups", "users")) {
            collectLongAttributes(maps(realm.get(kind)), tooLong);
        }
        assertThat(tooLong).as("attribute values over 255 characters").isEmpty();
    }

    private static void collectLongAttributes(List<Map<String, Object>> entities, List<String> tooLong) {
        for (Map<String, Object> entity : entities) {
            if (entity.get("attributes") instanceof Map<?, ?> attributes) {
                attributes.forEach((name, values) -> {
                    for (Object value : values instanceof List<?> list ? list : List.of(values)) {
                        if (String.valueOf(value).length() > 255) {
                            tooLong.add(entity.get("name") + "." + name);
                        }
                    }
                });
            }
            if (entity.get("subGroups") != null) {
                collectLongAttributes(maps(entity.get("subGroups")), tooLong);
            }
        }
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

    /** The agency systems as customs-adapter names them in {@code gate.customs.<system>.client-id}. */
    static final List<String> AGENCY_SYSTEMS = List.of("vnaccs", "nsw", "quarantine", "border-guard");

    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void everyAgencySystemHasAClientCredentialsClientOfItsOwnThatCustomsAdapterExpects(String overlay) {
        Workloads w = Overlays.render(overlay);
        Map<String, Object> realm = KeycloakRealm.of(w);
        List<Map<String, Object>> clients = maps(realm.get("clients"));
        List<Map<String, Object>> users = maps(realm.get("users"));
        ServiceModule adapter = ServiceModule.named("customs-adapter");
        Map<String, ContainerEnv.Variable> env = ContainerEnv.of(Overlays.container(w, "customs-adapter"), w);
        List<String> clientIds = new java.util.ArrayList<>();
        for (String system : AGENCY_SYSTEMS) {
            String property = "gate.customs." + system + ".client-id";
            ContainerEnv.Variable deployed = env.get(ServiceModule.envName(property));
            String clientId = deployed != null ? deployed.value() : adapter.property(property).orElseThrow();
            clientIds.add(clientId);
            assertThat(clients).as("a client of its own for %s (%s)", system, clientId).anySatisfy(c -> {
                assertThat(c.get("clientId")).isEqualTo(clientId);
                assertThat(c.get("publicClient")).isEqualTo(false);
                assertThat(c.get("bearerOnly")).isNotEqualTo(true);
                assertThat(c.get("serviceAccountsEnabled")).isEqualTo(true);
                assertThat(c.get("standardFlowEnabled")).isEqualTo(false);
                assertThat(c.get("directAccessGrantsEnabled")).isEqualTo(false);
                assertThat(maps(c.get("protocolMappers"))).as("%s's tokens are for customs-adapter", clientId)
                        .anySatisfy(m -> {
                            assertThat(m.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
                            assertThat(map(m.get("config"))).containsEntry("included.client.audience", "customs-adapter");
                        });
            });
            assertThat(users).as("the service account of %s has the role agency-system", clientId).anySatisfy(u -> {
                assertThat(u.get("serviceAccountClientId")).isEqualTo(clientId);
                assertThat(Kustomize.Yaml2.strings(u.get("realmRoles"))).contains(Roles.AGENCY_SYSTEM);
            });
        }
        assertThat(clientIds).as("one client per system").doesNotHaveDuplicates();
        assertThat(users.stream().filter(u -> u.get("serviceAccountClientId") != null
                        && Kustomize.Yaml2.strings(u.get("realmRoles")).contains(Roles.AGENCY_SYSTEM))
                .map(u -> u.get("serviceAccountClientId")))
                .as("no client but the agency systems' answers as an agency system").containsExactlyInAnyOrderElementsOf(clientIds);
    }

    /** The clients whose secrets the realm file takes from Keycloak's environment: those that call back. */
    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    void theClientsThatCallBackHaveSecretsFromASecretOfTheDeployment(String overlay) {
        Workloads w = Overlays.render(overlay);
        Map<String, ContainerEnv.Variable> keycloak = ContainerEnv.of(Overlays.container(w, "keycloak"), w);
        Map<String, String> expected = Map.of("vnaccs", "VNACCS_CLIENT_SECRET", "quarantine-system", "QUARANTINE_SYSTEM_CLIENT_SECRET");
        List<Map<String, Object>> clients = maps(KeycloakRealm.of(w).get("clients"));
        expected.forEach((clientId, variable) -> {
            assertThat(clients).as("client %s", clientId).anySatisfy(c -> {
                assertThat(c.get("clientId")).isEqualTo(clientId);
                assertThat(c.get("secret")).isEqualTo("${" + variable + "}");
            });
            assertThat(keycloak.get(variable)).as("Keycloak's %s", variable).isNotNull()
                    .extracting(ContainerEnv.Variable::secret).isNotNull();
        });
    }

    /**
     * The login page speaks the reader's language: internationalisation on, Vietnamese by default, English and Chinese
     * (Keycloak 26 ships {@code zh-CN}, as {@code zh_Hans}); Keycloak ships no Vietnamese, so the realm carries the login
     * pages' Vietnamese words itself, each with its placeholders as Keycloak's English has them.
     */
    @ParameterizedTest
    @MethodSource("vn.laocai.gate.deploy.Overlays#names")
    @SuppressWarnings("unchecked")
    void theLoginPageSpeaksVietnameseByDefaultAndEnglishAndChinese(String overlay) {
        Map<String, Object> realm = KeycloakRealm.of(Overlays.render(overlay));
        assertThat(realm.get("internationalizationEnabled")).isEqualTo(true);
        assertThat((List<Object>) realm.get("supportedLocales")).containsExactlyInAnyOrder("vi", "en", "zh-CN");
        assertThat(realm.get("defaultLocale")).isEqualTo("vi");
        Map<String, Object> vietnamese = map(map(realm.get("localizationTexts")).get("vi"));
        assertThat(vietnamese).containsKeys("loginAccountTitle", "usernameOrEmail", "password", "doLogIn", "invalidUserMessage",
                "loginTimeout", "doForgotPassword", "rememberMe");
        assertThat(vietnamese.get("doLogIn")).isEqualTo("Đăng nhập");
        assertThat(String.valueOf(vietnamese.get("loginTitle"))).contains("{0}");
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
