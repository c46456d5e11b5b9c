package vn.laocai.gate.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./gate token <username> [password]} on machines without curl: prints the bare access
 * token from the local token endpoint. Arguments: token URL, username, password.
 */
public final class TokenClient {

    private TokenClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: TokenClient <token-url> <username> <password>");
            System.exit(2);
        }
        try {
            System.out.println(fetch(args[0], args[1], args[2]));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The bare access token of {@code username} from the token endpoint at {@code url}.
     *
     * @throws IllegalStateException when there is no endpoint or it refuses, with the reason
     */
    public static String fetch(String url, String username, String password) throws InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("No token endpoint at " + url + " (" + e + "). Is the platform running? ./gate up");
        }
    }
}
