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
        String form = "username=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                System.exit(1);
            }
            System.out.println(token.group(1));
        } catch (IOException e) {
            System.err.println("No token endpoint at " + args[0] + " (" + e + "). Is the platform running? ./gate up");
            System.exit(1);
        }
    }
}
