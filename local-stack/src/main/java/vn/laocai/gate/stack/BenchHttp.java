package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP side of the write and growth benchmarks: JSON requests with a bearer token to an application of the platform. */
final class BenchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;

    BenchHttp(Platform platform) {
        this.platform = platform;
    }

    /** A request with a JSON body (or none). */
    HttpRequest build(String method, String app, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(platform.url(app) + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's JSON; refused unless its status is {@code expected}. */
    JsonNode send(HttpRequest request, int expected) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    JsonNode send(String method, String app, String path, String token, String body, int expected) {
        return send(build(method, app, path, token, body), expected);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    /** A reefer truck over 10 t exporting perishables, its driver's document {@code document}, arriving at {@code arrival}. */
    static String bookingJson(String plate, String document, java.time.Instant arrival) {
        return """
                {"plate": "%s", "vehicleType": "REEFER_TRUCK", "weightClass": "OVER_10T",
                 "driver": {"name": "Lò Văn Minh", "nationality": "VN", "documentNumber": "%s", "phone": "+84 912 000 000"},
                 "direction": "EXPORT", "cargoCategory": "PERISHABLE", "plannedArrival": "%s"}
                """.formatted(plate, document, arrival);
    }

    /** A lychee export to China on one booking, with the driver's share code. */
    static String declarationJson(String number, String bookingCode, String shareCode) {
        return """
                {"declarant": {"taxCode": "5300123456", "name": "HTX Vai thieu Bac Ha"}, "consignee": "Hekou Guomao Co.",
                 "customsDeclarationNumber": "%s", "direction": "EXPORT", "destinationCountry": "CN",
                 "bookingCodes": ["%s"], "shareCodes": ["%s"],
                 "goodsLines": [{"hsCode": "0810.90.10", "description": "Fresh lychee in crates",
                 "quantity": 12000, "unit": "KGM", "netWeightKg": 12000, "grossWeightKg": 13100, "value": 21600,
                 "currency": "USD", "originCountry": "VN"}]}
                """.formatted(number, bookingCode, shareCode);
    }
}
