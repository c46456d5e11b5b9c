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
 * keys, so that Keycloak signs with the key the services verify and the tests mint with.
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
                    .add("realmRoles", Json.createArrayBuilder(user.roles())));
        }
        local.add("users", allUsers);
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
