package vn.laocai.gate.support.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laocai.gate.support.badinput.ApiDocument.Operation;
import vn.laocai.gate.support.badinput.BadRequests.Bad;
import vn.laocai.gate.support.badinput.BadRequests.Kind;
import vn.laocai.gate.support.i18n.EnglishRuns;
import vn.laocai.gate.support.security.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bad-input run of an app, made from its own OpenAPI document ({@code /q/openapi?format=json}): for
 * every operation, every path and query parameter and every field of the request body (nested objects
 * and arrays included), one request each with a NUL, a control character, an over-long string (over its
 * {@code maxLength}, else {@value BadRequests#UNBOUNDED_STRING} characters), a huge array (over its
 * {@code maxItems}, else {@value BadRequests#UNBOUNDED_ARRAY} items) and a value of the wrong type; and a
 * body of 2 MiB. Each request carries the token of the first of the given roles that the operation lets
 * through (found with the document's own example of the request), so that the value reaches validation.
 *
 * <p>{@link #run()} fails when an answer is a 5xx, a 4xx is not {@code application/problem+json}, a NUL
 * or control character is not refused with a 400, or a 400 for a fault in one field (a refused character,
 * a wrong type, a documented bound exceeded) does not name that field in its {@code violations}.
 */
public final class BadInputRun {

    /** Every role of the platform, in the order they are tried. */
    public static final List<String> ROLES = List.of(Roles.DRIVER, Roles.TRADER, Roles.GATE_OFFICER, Roles.BORDER_GUARD,
            Roles.CUSTOMS_OFFICER, Roles.QUARANTINE_OFFICER, Roles.HEALTH_OFFICER, Roles.FEE_OFFICER, Roles.SUPERVISOR,
            Roles.AGENCY_SYSTEM, Roles.PARTNER_AGENCY);
    static final String PROBLEM = "application/problem+json";
    private static final Set<Kind> MUST_BE_REFUSED = Set.of(Kind.NUL, Kind.CONTROL);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The languages each kind of bad request is sent in, in turn: none (Vietnamese), English, Chinese. */
    static final List<String> LANGUAGES = java.util.Arrays.asList(null, "en", "zh-CN");
    /** A header of this run's own on each request, naming the language asked for; servers ignore it. */
    private static final String ASKED = "X-Bad-Input-Language";

    private final String app;
    private final URI root;
    private final List<String> roles;
    private final Function<String, String> tokenOf;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Map<Kind, Integer> turns = new java.util.EnumMap<>(Kind.class);
    private final EnglishRuns english = EnglishRuns.ofCatalogues();
    private int requests;

    private BadInputRun(String app, URI root, List<String> roles, Function<String, String> tokenOf) {
        this.app = app;
        this.root = root;
        this.roles = roles;
        this.tokenOf = tokenOf;
    }

    /**
     * A run against the app at {@code root} (e.g. {@code http://localhost:8081/}); {@code tokenOf} gives
     * a valid token of each role in {@code roles}, tried in that order.
     */
    public static BadInputRun against(String app, URI root, List<String> roles, Function<String, String> tokenOf) {
        return new BadInputRun(app, root, roles, tokenOf);
    }

    /** Sends every bad request, prints the summary line, and fails listing each answer that breaks a rule above. */
    public String run() throws IOException, InterruptedException {
        JsonNode document = JSON.readTree(send(get("q/openapi?format=json", null)).body);
        ApiDocument api = new ApiDocument(document);
        List<Operation> operations = api.operations().stream().filter(o -> o.path().startsWith("/api/")).toList();
        Set<String> wrongMethodTried = new HashSet<>();
        Set<String> notAcceptableTried = new HashSet<>();
        for (Operation operation : operations) {
            BadRequests bad = new BadRequests(api, operation);
            String token = tokenFor(operation, bad.baseline());
            List<Bad> all = new ArrayList<>(bad.all());
            Set<String> methods = operations.stream().filter(o -> o.path().equals(operation.path()))
                    .map(o -> o.method().toUpperCase()).collect(Collectors.toSet());
            if (!methods.contains("PATCH") && wrongMethodTried.add(operation.path())) {
                all.add(bad.wrongMethod("PATCH"));
            }
            if (operation.method().equalsIgnoreCase("get") && notAcceptableTried.add(operation.path()) && notAcceptableTried.size() <= 3) {
                all.add(bad.notAcceptable());
            }
            for (Bad request : all) {
                check(operation, request, send(request(operation, request, token)));
            }
        }
        Operation unknown = new Operation("get", "/api/no-such-resource/here", List.of(), null, null, null);
        Bad nothingHere = new Bad(null, Kind.UNKNOWN_PATH, false, unknown.path(), null, null, null, null, 404);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            check(unknown, nothingHere, send(request(unknown, nothingHere, tokenOf.apply(roles.get(0)))));
        }
        String summary = "bad input, " + app + ": " + operations.size() + " operations, " + requests + " requests, answers "
                + statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "))
                + ", " + failures.size() + " faults";
        System.out.println(summary);
        writeLog(summary);
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\n" + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
        }
        return summary;
    }

    /** The token of the first role the operation does not refuse with 401 or 403. */
    private String tokenFor(Operation operation, Bad baseline) throws IOException, InterruptedException {
        for (String role : roles) {
            String token = tokenOf.apply(role);
            int status = send(request(operation, baseline, token)).status;
            if (status != 401 && status != 403) {
                return token;
            }
        }
        failures.add(operation.name() + ": none of the roles " + roles + " is let through");
        return tokenOf.apply(roles.get(0));
    }

    /** Every request and its answer, in {@code target/bad-input/<app>.txt} when run from a module. */
    private void writeLog(String summary) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.createDirectories(target.resolve("bad-input"));
            log.add(0, summary);
            Files.write(target.resolve("bad-input").resolve(app + ".txt"), log);
        }
    }

    private void check(Operation operation, Bad bad, Answer answer) {
        statuses.merge(answer.status, 1, Integer::sum);
        String what = operation.name() + " " + (bad.field() == null ? "body" : bad.field()) + " " + bad.kind() + ": ";
        log.add(what + answer.status + " " + abbreviated(answer.body.replaceAll("[\\r\\n]+", " ")));
        if (answer.status == 0 || answer.status >= 500) {
            failures.add(what + (answer.status == 0 ? "no answer" : answer.status) + " " + abbreviated(answer.body));
            return;
        }
        if (answer.status >= 400 && !answer.contentType.startsWith(PROBLEM)) {
            failures.add(what + answer.status + " as '" + answer.contentType + "', not a problem");
            return;
        }
        boolean limit = answer.status == 413 || answer.status == 414;
        boolean oneField = bad.field() != null && (MUST_BE_REFUSED.contains(bad.kind()) || bad.kind() == Kind.WRONG_TYPE || bad.bounded());
        if (answer.status >= 400) {
            String wrong = ProblemLanguage.check(answer.language, answer.contentLanguage, answer.body, english);
            if (wrong != null) {
                failures.add(what + answer.status + " asked in " + (answer.language == null ? "no language" : answer.language)
                        + ", " + wrong + ": " + abbreviated(answer.body));
            }
        }
        // a 404 is a refusal too: RESTEasy answers a method no resource of the path takes with a 405 only when one class
        // serves the path, and an operation reading its body itself may find nothing at the example's path first
        boolean notThere = answer.status == 404;
        if (bad.expected() != 0 && answer.status != bad.expected() && !notThere) {
            failures.add(what + answer.status + ", not " + bad.expected());
        } else if (MUST_BE_REFUSED.contains(bad.kind()) && answer.status != 400 || bad.bounded() && bad.field() != null && answer.status < 400) {
            failures.add(what + answer.status + ", not refused with a 400");
        } else if (oneField && answer.status == 400 && !limit && !names(answer.body, bad.field())) {
            failures.add(what + "400 without naming " + bad.field() + ": " + abbreviated(answer.body));
        }
    }

    /** Whether the problem's violations name {@code field} (array indexes aside) or a field inside it. */
    static boolean names(String problem, String field) {
        try {
            String expected = field.replaceAll("\\[\\d+]", "");
            for (JsonNode violation : JSON.readTree(problem).path("violations")) {
                String named = violation.path("field").asText().replaceAll("\\[\\d+]", "");
                if (named.equals(expected) || named.startsWith(expected + ".")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpRequest request(Operation operation, Bad bad, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(bad.uri().substring(1))).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (bad.body() != null) {
            request.header("Content-Type", bad.contentType());
        }
        if (bad.accept() != null) {
            request.header("Accept", bad.accept());
        }
        if (bad.kind() != null) {
            // each kind of bad value in turn without a language (Vietnamese), in English and in Chinese
            String language = LANGUAGES.get((turns.merge(bad.kind(), 1, Integer::sum) - 1) % LANGUAGES.size());
            if (language != null) {
                request.header("Accept-Language", language);
            }
            request.header(ASKED, language == null ? "-" : language);
        }
        return request.method(bad.method() != null ? bad.method() : operation.method().toUpperCase(), bad.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bad.body())).build();
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).timeout(TIMEOUT);
        return (token == null ? request : request.header("Authorization", "Bearer " + token)).build();
    }

    /** The answer, with the language the request asked for (null: none) and the one the answer says it is in. */
    private record Answer(int status, String contentType, String body, String language, String contentLanguage) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, null, null);
        }
    }

    /** The answer; a stream of server-sent events is not read beyond its headers. */
    private Answer send(HttpRequest request) throws InterruptedException {
        requests++;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                String text = type.startsWith("text/event-stream") ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String asked = request.headers().firstValue(ASKED).orElse("-");
                return new Answer(response.statusCode(), type, text, asked.equals("-") ? null : asked,
                        response.headers().firstValue("Content-Language").orElse(null));
            }
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", "no answer within " + TIMEOUT);
        } catch (IOException e) {
            return new Answer(0, "", e.toString());
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
