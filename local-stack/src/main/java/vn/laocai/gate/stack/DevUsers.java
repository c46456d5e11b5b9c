package vn.laocai.gate.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo users of the local token endpoint, one per role, read from lines
 * {@code username=password,role1,role2}; an entry starting with {@code /orgs/} is a membership of a demo
 * organisation (a Keycloak group path {@code /orgs/<tax code>/<role>}), carried in the tokens' {@code memberships}
 * claim and made a group of the local Keycloak's realm. Local use only: the passwords are public.
 */
public final class DevUsers {

    /** The classpath resource {@code ./gate up} reads. */
    public static final String RESOURCE = "/dev-users.properties";

    private final Map<String, DevUser> users;

    private DevUsers(Map<String, DevUser> users) {
        this.users = users;
    }

    /** A user, the realm roles their tokens carry and their memberships of organisations (group paths). */
    public record DevUser(String username, String password, List<String> roles, List<String> memberships) {

        public DevUser(String username, String password, List<String> roles) {
            this(username, password, roles, List.of());
        }

        @Override
        public String toString() {
            return "DevUser[" + username + ", roles=" + roles + ", memberships=" + memberships + "]";
        }
    }

    public static DevUsers fromClasspath() {
        InputStream in = DevUsers.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the users file; blank lines and lines starting with {@code #} or {@code !} are skipped. */
    public static DevUsers parse(Reader source) throws IOException {
        Map<String, DevUser> users = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + number + ": expected username=password,role...");
            }
            String username = trimmed.substring(0, eq).strip();
            List<String> parts = Arrays.stream(trimmed.substring(eq + 1).split(",")).map(String::strip).toList();
            if (parts.size() < 2 || parts.get(0).isEmpty() || parts.subList(1, parts.size()).contains("")) {
                throw new IllegalArgumentException("Line " + number + ": user " + username
                        + " needs a password and at least one role");
            }
            List<String> entries = parts.subList(1, parts.size());
            List<String> roles = entries.stream().filter(e -> !e.startsWith("/")).toList();
            List<String> memberships = entries.stream().filter(e -> e.startsWith("/")).toList();
            if (memberships.stream().anyMatch(m -> !m.matches("/orgs/[0-9A-Z-]+/[a-z-]+"))) {
                throw new IllegalArgumentException("Line " + number + ": user " + username
                        + " has a membership that is not a group path /orgs/<tax code>/<role>");
            }
            if (users.put(username, new DevUser(username, parts.get(0), roles, memberships)) != null) {
                throw new IllegalArgumentException("Line " + number + ": user " + username + " appears twice");
            }
        }
        return new DevUsers(Map.copyOf(users));
    }

    /** The user when the password matches. */
    public Optional<DevUser> authenticate(String username, String password) {
        DevUser user = users.get(username);
        if (user == null || password == null) {
            return Optional.empty();
        }
        boolean match = MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return match ? Optional.of(user) : Optional.empty();
    }

    public Optional<DevUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public List<DevUser> all() {
        return users.values().stream().sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }
}
