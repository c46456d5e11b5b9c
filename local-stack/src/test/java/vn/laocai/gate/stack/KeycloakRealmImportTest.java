package vn.laocai.gate.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.infra.DevIdentity;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm the local Keycloak imports: the deployment's file, the demo users and the local signing key added. */
class KeycloakRealmImportTest {

    static final Path SHARED = Path.of("..").resolve(KeycloakRealmImport.SHARED_REALM);

    @TempDir
    Path identityFolder;

    @Test
    void addsTheDemoUsersWithTheirRolesAndTheLocalKeyAboveTheGeneratedOnes() throws Exception {
        DevIdentity identity = DevIdentity.loadOrCreate(identityFolder);
        DevUsers users = DevUsers.parse(new StringReader("driver=driver,driver\nguard=guard,border-guard"));

        JsonObject realm = Json.createReader(new StringReader(KeycloakRealmImport.of(SHARED, users, identity.signingKeyPath())))
                .readObject();

        assertThat(realm.getString("realm")).isEqualTo("kim-thanh");
        List<JsonObject> people = realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(u -> !u.containsKey("serviceAccountClientId")).toList();
        assertThat(people).extracting(u -> u.getString("username")).containsExactly("driver", "guard");
        JsonObject guard = people.get(1);
        assertThat(guard.getJsonArray("realmRoles").getString(0)).isEqualTo("border-guard");
        assertThat(guard.getJsonArray("credentials").getJsonObject(0).getString("value")).isEqualTo("guard");
        assertThat(guard.getBoolean("emailVerified")).isTrue();
        assertThat(realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.containsKey("serviceAccountClientId"))).as("the shared realm's service accounts stay").isNotEmpty();

        JsonObject key = realm.getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider").getJsonObject(0);
        assertThat(key.getString("providerId")).isEqualTo("rsa");
        assertThat(Integer.parseInt(key.getJsonObject("config").getJsonArray("priority").getString(0))).isGreaterThan(100);
        String pem = Files.readString(identity.signingKeyPath()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertThat(key.getJsonObject("config").getJsonArray("privateKey").getString(0)).isEqualTo(pem);
    }

    @Test
    void theSharedRealmHasNoDemoUserSoTheDeploymentGetsNone() throws Exception {
        JsonObject realm = Json.createReader(new StringReader(Files.readString(SHARED))).readObject();

        assertThat(realm.getJsonArray("users").stream().map(JsonValue::asJsonObject))
                .allSatisfy(u -> assertThat(u.containsKey("serviceAccountClientId")).isTrue());
        assertThat(realm.toString()).doesNotContain("\"credentials\"");
    }

    @Test
    void putsTheDemoOrganisationsUnderOrgsAndTheirMembersInThem(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        DevIdentity identity = DevIdentity.loadOrCreate(folder);
        DevUsers users = DevUsers.parse(new StringReader(
                "d=d,driver,/orgs/5300100237/dispatcher\nm=m,driver,/orgs/5300100237/manager\na=a,trader,/orgs/0101000408/broker-agent"));

        JsonObject realm = Json.createReader(new StringReader(KeycloakRealmImport.of(SHARED, users, identity.signingKeyPath()))).readObject();

        JsonObject orgs = realm.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("name").equals("orgs")).findFirst().orElseThrow();
        assertThat(orgs.getJsonArray("subGroups").stream().map(JsonValue::asJsonObject).map(g -> g.getString("name")))
                .containsExactly("0101000408", "5300100237");
        JsonObject carrier = orgs.getJsonArray("subGroups").getJsonObject(1);
        assertThat(carrier.getJsonArray("subGroups").stream().map(g -> g.asJsonObject().getString("name"))).containsExactly("dispatcher", "manager");
        JsonObject d = realm.getJsonArray("users").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals("d")).findFirst().orElseThrow();
        assertThat(d.getJsonArray("groups").getString(0)).isEqualTo("/orgs/5300100237/dispatcher");
        assertThat(realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("clientId").equals("web-console")).findFirst().orElseThrow()
                .getJsonArray("protocolMappers").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("protocolMapper").equals("oidc-group-membership-mapper")).findFirst().orElseThrow()
                .getJsonObject("config").getString("claim.name")).isEqualTo("memberships");
    }
}
