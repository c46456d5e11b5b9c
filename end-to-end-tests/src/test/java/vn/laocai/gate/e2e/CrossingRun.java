package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.restassured.RestAssured.given;

/**
 * One crossing driven through the public APIs as the people at the gate would, and as they would go on
 * when a part of the platform does not answer for a while: the driver books and shares the booking, the
 * trader declares a general-goods export on it and attaches its invoice and packing list, the yard checks
 * the truck in by its plate, calls it forward once clearance allows it and lets it into the gate, the
 * trader pays the fee, and once the consignment is cleared the truck leaves. Customs and the other agencies
 * answer through the simulator (all green). A request that found no service listening (or a 5xx) is sent
 * again after a second, as a person would try again; a step whose effect is already there is not repeated.
 */
final class CrossingRun {

    /** The order a booking goes through; a step is done once the booking is at or past its state. */
    static final List<String> BOOKING_STATES = List.of("BOOKED", "WAITING", "CALLED_FORWARD", "IN_GATE", "RELEASED", "EXITED");

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final Platform platform;
    private final int n;
    private final String trader;
    private final String gate;
    private final Duration within;
    /** Counted from the crossing's own start: in a row of 200 crossings by 12 clients, the last ones start late. */
    private volatile Instant deadline;
    /** When the crossing began (its client reached it); with {@link #finished}, how long it took. */
    volatile Instant started;
    /** 422 answers to the declaration while its booking existed: the trader was told no. */
    final AtomicInteger refusals = new AtomicInteger();
    final String plate;
    final String number;
    volatile String booking;
    volatile String declaration;
    volatile Instant finished;
    volatile String failure;

    CrossingRun(Platform platform, int n, String trader, String gate, Duration within) {
        this.platform = platform;
        this.n = n;
        this.trader = trader;
        this.gate = gate;
        this.within = within;
        this.deadline = Instant.now().plus(within);
        this.plate = String.format("24F-%03d.%02d", 100 + n / 100, n % 100);
        this.number = String.format("31%010d", 5_000_000_000L + n);
    }

    /** Runs the crossing to its end; {@code declared} runs once the declaration exists (the lost-lodgement fault). */
    void run(Consumer<CrossingRun> declared) {
        started = Instant.now();
        deadline = started.plus(within);
        try {
            String driver = platform.token("driver-fm-" + n, "driver");
            booking = book(driver);
            String shareCode = send(() -> given().auth().oauth2(driver)
                    .when().post(queue("/api/bookings/" + booking + "/consents")), 201).path("shareCode");
            declaration = declare(shareCode);
            declared.accept(this);
            attach("INVOICE", "INV-FM-" + n);
            attach("PACKING_LIST", "PL-FM-" + n);
            untilAt("WAITING", () -> officer("/api/yard/check-ins", "{\"plate\": \"" + plate + "\"}"));
            untilAt("CALLED_FORWARD", () -> officer("/api/yard/vehicles/" + booking + "/call-forward",
                    "{\"reason\": \"Cleared, lane free\"}"));
            untilAt("IN_GATE", () -> officer("/api/yard/vehicles/" + booking + "/gate-in", "{}"));
            pay();
            untilAt("EXITED", () -> officer("/api/yard/vehicles/" + booking + "/gate-out", null));
            finished = Instant.now();
        } catch (Exception | AssertionError e) {
            // REST Assured throws an I/O failure unchecked: a crossing that failed is judged, not thrown
            failure = e.toString();
        }
    }

    private String book(String driver) {
        String body = """
                {"plate": "%s", "vehicleType": "TRUCK", "weightClass": "OVER_10T",
                 "driver": {"name": "Vàng A Sử", "nationality": "VN", "documentNumber": "F%07d", "phone": "+84 912 000 333"},
                 "direction": "EXPORT", "cargoCategory": "GENERAL", "plannedArrival": "%s"}"""
                .formatted(plate, n, Instant.now().plus(Duration.ofMinutes(30)).plus(Duration.ofHours(n / 450 % 4)));
        return send(() -> given().auth().oauth2(driver).contentType(ContentType.JSON).body(body)
                .when().post(queue("/api/bookings")), 201).path("code");
    }

    private String declare(String shareCode) {
        String body = Declarations.porcelainExport(number, booking, shareCode);
        while (true) {
            Response response = send(() -> given().auth().oauth2(trader).contentType(ContentType.JSON).body(body)
                    .when().post(clearance("/api/declarations")), 201, 409, 422);
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            if (response.statusCode() == 409) {
                // sent again after an answer that never came back: the first one was stored
                return existingDeclaration();
            }
            refusals.incrementAndGet();
            pause();
        }
    }

    private String existingDeclaration() {
        List<String> ids = send(() -> given().auth().oauth2(trader).when().get(clearance("/api/declarations")), 200)
                .jsonPath().getList("findAll { it.customsDeclarationNumber == '" + number + "' }.id");
        if (ids.size() != 1) {
            throw new AssertionError("declaration " + number + " refused as a duplicate but found " + ids.size() + " times");
        }
        return ids.get(0);
    }

    /** Attaches a document; sent again after an answer that never came back, it is answered 200 as attached already. */
    private void attach(String type, String documentNumber) {
        byte[] pdf = ("%PDF-1.4\n% " + type + " " + documentNumber + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        send(() -> given().auth().oauth2(trader).multiPart("type", type).multiPart("number", documentNumber)
                .multiPart("file", documentNumber + ".pdf", pdf, "application/pdf")
                .when().post(clearance("/api/declarations/" + declaration + "/documents")), 201, 200);
    }

    private void pay() {
        while (!"CLEARED".equals(declarationStatus()) && !feePaid()) {
            Response response = send(() -> given().auth().oauth2(trader)
                    .when().post(clearance("/api/declarations/" + declaration + "/fee/payment")), 200, 409, 422);
            if (response.statusCode() == 200) {
                return;
            }
            pause();
        }
    }

    private boolean feePaid() {
        Object paid = send(() -> given().auth().oauth2(trader).when().get(clearance("/api/declarations/" + declaration)), 200)
                .path("fee.paidAt");
        return paid != null;
    }

    String declarationStatus() {
        return send(() -> given().auth().oauth2(trader).when().get(clearance("/api/declarations/" + declaration)), 200)
                .path("status");
    }

    String bookingStatus() {
        return send(() -> given().auth().oauth2(gate).when().get(queue("/api/bookings/" + booking)), 200).path("status");
    }

    /** Whether the truck left and the consignment is cleared, read once the load is over (after the crossing's own time). */
    boolean atFinalState() {
        if (booking == null || declaration == null) {
            return false;
        }
        Response left = given().auth().oauth2(gate).when().get(queue("/api/bookings/" + booking));
        Response cleared = given().auth().oauth2(trader).when().get(clearance("/api/declarations/" + declaration));
        return left.statusCode() == 200 && "EXITED".equals(left.path("status"))
                && cleared.statusCode() == 200 && "CLEARED".equals(cleared.path("status"));
    }

    /** Does the yard's step until the booking is at {@code state} or past it; a refusal (409: not yet) waits and tries again. */
    private void untilAt(String state, java.util.function.Supplier<Response> step) {
        int wanted = BOOKING_STATES.indexOf(state);
        while (BOOKING_STATES.indexOf(bookingStatus()) < wanted) {
            Response response = send(step, 200, 409, 422);
            if (response.statusCode() != 200) {
                pause();
            }
        }
    }

    private Response officer(String path, String body) {
        RequestSpecification request = given().auth().oauth2(gate).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).when().post(queue(path));
    }

    /**
     * Sends until the answer is one of {@code expected}; a refused connection, a time-out or a 5xx is
     * tried again after a pause, as long as the crossing's time lasts.
     */
    private Response send(java.util.function.Supplier<Response> request, int... expected) {
        while (true) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("crossing " + n + " out of time");
            }
            Response response;
            try {
                response = request.get();
            } catch (Exception e) {
                // refused, reset (a service killed amid the request) or timed out: try again, as a person would
                if (isConnectionFailure(e)) {
                    pause();
                    continue;
                }
                throw new IllegalStateException(e);
            }
            int status = response.statusCode();
            for (int e : expected) {
                if (status == e) {
                    return response;
                }
            }
            if (status >= 500) {
                pause();
                continue;
            }
            throw new AssertionError("crossing " + n + ": HTTP " + status + " " + response.asString());
        }
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String queue(String path) {
        return platform.url(Apps.VEHICLE_QUEUE) + path;
    }

    private String clearance(String path) {
        return platform.url(Apps.CLEARANCE) + path;
    }

    static Function<CrossingRun, String> describe() {
        return c -> "#" + c.n + " " + c.booking + "/" + c.declaration + (c.failure == null ? "" : " (" + c.failure + ")");
    }
}
