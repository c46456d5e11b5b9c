package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What the benchmarks share: requests to the platform's apps with a bearer token, documents as multipart
 * forms, runs on a number of threads, waits, percentiles and the resident memory of every process.
 */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Platform platform;

    BenchClient(Platform platform) {
        this.platform = platform;
    }

    /** Runs {@code task} for 0..n-1 on {@code concurrency} threads; returns the wall time in seconds. */
    static double phase(int n, int concurrency, IntFunction<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static <T> T timed(Map<String, List<Long>> ms, String measure, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        ms.get(measure).add((System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Polls every 100 ms for up to 5 minutes. */
    static void until(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached after 5 minutes: " + what);
            }
            sleep(100);
        }
    }

    /** Posts the declaration until the booking it names is known to clearance (422 until then), for up to 60 s. */
    JsonNode declareWhenKnown(String token, String body) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = request("POST", Apps.CLEARANCE, "/api/declarations", token, body);
            if (response.statusCode() == 201) {
                return parse(response.body());
            }
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("Declaration refused: HTTP " + response.statusCode() + " " + response.body());
            }
            sleep(50);
        }
    }

    /** Attaches a document as a multipart form: a small PDF, or only the number for the area and packing-house codes. */
    JsonNode upload(String token, String id, String type, String number) {
        String boundary = "gate-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"type\"", null, type.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "form-data; name=\"number\"", null, number.getBytes(StandardCharsets.UTF_8));
        if (!type.endsWith("_CODE")) {
            part(body, boundary, "form-data; name=\"file\"; filename=\"" + number + ".pdf\"", "application/pdf", PDF);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(Apps.CLEARANCE) + "/api/declarations/" + id + "/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Upload refused: HTTP " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String contentType, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A request with a JSON body (or none) and the bearer token. */
    HttpRequest build(String method, String app, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(platform.url(app) + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
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

    HttpResponse<String> request(String method, String app, String path, String token, String body) {
        return exchange(build(method, app, path, token, body));
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

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    /** A reefer truck over 10 t carrying lychee for export, arriving now, with a driver of its own. */
    static String bookingJson(String plate, long n) {
        return bookingJson(plate, "B%07d".formatted(n % 10_000_000), Instant.now().plusSeconds(10));
    }

    /** A reefer truck over 10 t exporting perishables, its driver's document {@code document}, arriving at {@code arrival}. */
    static String bookingJson(String plate, String document, Instant arrival) {
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

    static void row(String label, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-40s %6d  %6d  %6d  %6d%n", label, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    void printMemory(String when) {
        System.out.println("Resident memory (MiB), " + when);
        System.out.printf(Locale.ROOT, "  %-36s %6d%n", "launcher with the Kafka broker", rssMiB(ProcessHandle.current().pid()));
        platform.apps().forEach((name, process) ->
                System.out.printf(Locale.ROOT, "  %-36s %6d%n", name, rssMiB(process.pid())));
        // pg_ctl detaches the server: find it by its data directory, then count its backends too
        String dataDirectory = platform.config().home().resolve("postgres").toString();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-D " + dataDirectory)).orElse(false))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .mapToLong(p -> rssMiB(p.pid()))
                .sum();
        System.out.printf(Locale.ROOT, "  %-36s %6d  (all its processes, shared memory counted in each)%n", "PostgreSQL", postgres);
    }

    /** VmRSS from /proc (Linux); 0 where it cannot be read. */
    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
