package vn.laocai.gate.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./gate audit}: asks every running service that keeps an audit trail (those with a
 * database) to verify its chain, as the supervisor, and prints one line each. Exit 0 when every
 * chain is intact, 1 when one is broken, 2 when a service could not be asked.
 */
public final class AuditCheck {

    /** What one service answered. */
    public record Result(String app, int status, JsonObject verification, String error) {

        boolean intact() {
            return verification != null && verification.getBoolean("intact", false);
        }

        String render() {
            if (verification == null) {
                return app + ": not verified (" + (error != null ? error : "HTTP " + status) + ")";
            }
            String head = verification.getString("headHash", "");
            String shortHead = head.length() > 12 ? head.substring(0, 8) + "…" + head.substring(head.length() - 4) : head;
            String key = verification.getBoolean("keyed", false) ? "keyed" : "NOT keyed: set GATE_AUDIT_KEY";
            if (intact()) {
                return app + ": intact, " + verification.getJsonNumber("entries").longValue() + " entries, head " + shortHead
                        + " (" + key + ")";
            }
            JsonValue seq = verification.get("firstBrokenSeq");
            return app + ": BROKEN at entry " + seq + ", " + verification.getString("problem", "?") + ": "
                    + verification.getString("detail", "") + " (" + key + ")";
        }
    }

    private AuditCheck() {
    }

    /** Asks the first instance of every running application with a database. */
    public static List<Result> run(StackStatus status, String token, HttpClient http) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (StackStatus.App app : status.apps()) {
            String name = app.reported().name();
            boolean audited = Apps.byName(name).flatMap(AppSpec::databaseName).isPresent();
            if (!audited || !app.runs()) {
                continue;
            }
            results.add(ask(name, app.reported().url(), token, http));
        }
        return results;
    }

    static Result ask(String app, String baseUrl, String token, HttpClient http) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/audit/verification"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Result(app, response.statusCode(), null, "HTTP " + response.statusCode() + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return new Result(app, 200, reader.readObject(), null);
            }
        } catch (IOException e) {
            return new Result(app, 0, null, e.toString());
        }
    }

    static int exitCode(List<Result> results) {
        if (results.isEmpty() || results.stream().anyMatch(r -> r.verification() == null)) {
            return 2;
        }
        return results.stream().allMatch(Result::intact) ? 0 : 1;
    }

    static String render(List<Result> results) {
        if (results.isEmpty()) {
            return "No running service keeps an audit trail: is the platform running? ./gate status\n";
        }
        StringBuilder out = new StringBuilder();
        results.forEach(r -> out.append(r.render()).append('\n'));
        return out.toString();
    }
}
