package vn.laocai.gate.stack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The realm the local stack's Keycloak imports: the deployment's realm file as it is, plus what only a
 * local run has: the demo users ({@link DevUsers}, one per role, password = user name) and an {@code rsa}
 * key provider holding the local identity's private key at a higher priority than the realm's generated
 * keys, so that Keycloak signs with the key the services verify and the tests mint with; and the demo
 * organisations the users are members of, as groups {@code /orgs/<code>/<role>} (the realm's group membership
 * mapper puts them in the tokens' {@code memberships} claim, as the local token endpoint does).
 */
final class KeycloakRealmImport {

    /** The realm file the deployment imports too (Kubernetes ConfigMap, compose volume). */
    static final Path SHARED_REALM = Path.of("deploy", "kubernetes", "base", "keycloak", "kim-thanh-realm.json");
    static final String REALM = "kim-thanh";

    private KeycloakRealmImport() {
    }

    /** The shared realm with the local users and signing key, as JSON text. */
    static String of(Path sharedRealm, DevUsers users, Path signingKeyPem) {
        JsonObject realm;
        try (Reader in = Files.newBufferedReader(sharedRealm, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            realm = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm " + sharedRealm, e);
        }
        if (!REALM.equals(realm.getString("realm", null))) {
            throw new IllegalStateException(sharedRealm + " is not the realm " + REALM);
        }
        JsonObjectBuilder local = Json.createObjectBuilder(realm);
        JsonArrayBuilder allUsers = Json.createArrayBuilder(realm.containsKey("users") ? realm.getJsonArray("users")
                : Json.createArrayBuilder().build());
        for (DevUsers.DevUser user : users.all()) {
            allUsers.add(Json.createObjectBuilder()
                    .add("username", user.username())
                    .add("enabled", true)
                    .add("emailVerified", true)
                    .add("email", user.username() + "@kim-thanh.example")
                    .add("firstName", user.username())
                    .add("lastName", "demo")
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "password").add("value", user.password()).add("temporary", false)))
                    .add("realmRoles", Json.createArrayBuilder(user.roles()))
                    .add("groups", Json.createArrayBuilder(user.memberships())));
        }
        local.add("users", allUsers);
        local.add("groups", withDemoOrganisations(realm, users));
        local.add("components", Json.createObjectBuilder().add("org.keycloak.keys.KeyProvider", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("name", "local-identity")
                        .add("providerId", "rsa")
                        .add("subComponents", Json.createObjectBuilder())
                        .add("config", Json.createObjectBuilder()
                                .add("priority", single("200"))
                                .add("enabled", single("true"))
                                .add("active", single("true"))
                                .add("algorithm", single("RS256"))
                                .add("keyUse", single("SIG"))
                                .add("privateKey", single(pemBody(signingKeyPem)))))));
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(local.build());
        }
        return out.toString();
    }

    /**
     * The realm's groups with the demo organisations of the users' memberships under {@code /orgs}: a subgroup per
     * organisation and, under it, one per role a demo user holds there.
     */
    private static JsonArrayBuilder withDemoOrganisations(JsonObject realm, DevUsers users) {
        Map<String, java.util.SortedSet<String>> roles = new java.util.TreeMap<>();
        for (DevUsers.DevUser user : users.all()) {
            for (String path : user.memberships()) {
                String[] parts = path.substring("/orgs/".length()).split("/");
                roles.computeIfAbsent(parts[0], k -> new java.util.TreeSet<>()).add(parts[1]);
            }
        }
        JsonArrayBuilder organisations = Json.createArrayBuilder();
        roles.forEach((organisation, held) -> {
            JsonArrayBuilder roleGroups = Json.createArrayBuilder();
            held.forEach(role -> roleGroups.add(Json.createObjectBuilder().add("name", role)));
            organisations.add(Json.createObjectBuilder().add("name", organisation).add("subGroups", roleGroups));
        });
        JsonArrayBuilder groups = Json.createArrayBuilder();
        boolean orgs = false;
        for (jakarta.json.JsonValue value : realm.containsKey("groups") ? realm.getJsonArray("groups") : Json.createArrayBuilder().build()) {
            JsonObject group = value.asJsonObject();
            if ("orgs".equals(group.getString("name", null))) {
                orgs = true;
                groups.add(Json.createObjectBuilder(group).add("subGroups", organisations));
            } else {
                groups.add(group);
            }
        }
        if (!orgs) {
            groups.add(Json.createObjectBuilder().add("name", "orgs").add("subGroups", organisations));
        }
        return groups;
    }

    private static JsonArrayBuilder single(String value) {
        return Json.createArrayBuilder().add(value);
    }

    private static String pemBody(Path pem) {
        try {
            return Files.readString(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pem, e);
        }
    }
}
