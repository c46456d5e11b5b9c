package vn.laocai.gate.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.laocai.gate.e2e.PlatformIT.signIn;

/**
 * The README's curl walk-through, taken from the README itself (between its {@code walkthrough:start}
 * and {@code walkthrough:end} markers) so that the two cannot drift, and run with bash as a newcomer
 * would: twice in a row on a platform whose simulator answers all green, the setting the README gives
 * for a first run (shared with {@link YardIT}). Each run books a truck of its own and ends with it EXITED.
 */
class WalkthroughIT {

    static final String START = "<!-- walkthrough:start -->";
    static final String END = "<!-- walkthrough:end -->";
    static final Pattern EXITED = Pattern.compile("booking (KT2-[A-Z0-9]+): EXITED$");
    static final Pattern TRUCK = Pattern.compile("^Truck (\\S+), booking ");

    @TempDir
    static Path home;

    @RegisterExtension
    static final SharedPlatform SHARED = SharedPlatform.ALL_GREEN;

    static Path repo;
    static Platform platform;

    @BeforeAll
    static void start() {
        repo = SharedPlatform.repository();
        platform = SHARED.platform();
    }

    /** The one fenced block between the README's markers, without its fences. */
    static String walkthrough() throws IOException {
        List<String> lines = Files.readAllLines(repo.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf(START);
        int end = lines.indexOf(END);
        assertThat(start).as("README.md has a line " + START).isNotNegative();
        assertThat(end).as("README.md has a line " + END + " after " + START).isGreaterThan(start);
        List<String> block = lines.subList(start + 1, end);
        assertThat(block.get(0)).as("the walk-through is one sh block").isEqualTo("```sh");
        assertThat(block.get(block.size() - 1)).isEqualTo("```");
        assertThat(block.subList(1, block.size() - 1)).as("one block only").noneMatch(l -> l.startsWith("```"));
        return String.join("\n", block.subList(1, block.size() - 1)) + "\n";
    }

    /** What one bash run printed (stdout and stderr) and how it ended. */
    record Run(int exitCode, List<String> lines) {

        String lastLine() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        String output() {
            return String.join("\n", lines);
        }
    }

    /** Runs the script with bash from the repository root, as the README says, against {@code env}'s services. */
    static Run bash(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path file = Files.writeString(Files.createTempFile(home, "walkthrough", ".sh"), script);
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> process.inputReader(StandardCharsets.UTF_8).lines().forEach(line -> {
            System.out.println("walkthrough | " + line);
            synchronized (lines) {
                lines.add(line);
            }
        }));
        reader.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        reader.join(10_000);
        synchronized (lines) {
            return new Run(process.isAlive() ? -1 : process.exitValue(), List.copyOf(lines));
        }
    }

    /**
     * The platform's addresses, as a user of another stack would set them; {@code ./gate sms} and {@code ./gate mail}
     * find the SMS gateway's key and the SMTP server's log in the platform's home.
     */
    static Map<String, String> services() {
        return Map.of(
                "QUEUE", platform.url(Apps.VEHICLE_QUEUE),
                "CLEARANCE", platform.url(Apps.CLEARANCE),
                "CUSTOMS", platform.url(Apps.CUSTOMS_ADAPTER),
                "NOTICES", platform.url(Apps.NOTIFICATION),
                "GATE_IDENTITY_PORT", String.valueOf(platform.config().identityPort()),
                "GATE_PORT_AGENCY_SIMULATOR", String.valueOf(platform.config().instancePort(Apps.AGENCY_SIMULATOR, 1)),
                "GATE_HOME", platform.config().home().toString());
    }

    @Test
    void the_readme_walk_through_runs_twice_in_a_row_and_each_truck_exits() throws Exception {
        String script = walkthrough();
        String driver = signIn(platform, "driver");
        List<String> bookings = new ArrayList<>();

        for (int run = 1; run <= 2; run++) {
            Run result = bash(script, services());

            assertThat(result.exitCode()).as("run %d exits 0:%n%s", run, result.output()).isZero();
            Matcher exited = EXITED.matcher(result.lastLine());
            assertThat(exited.find()).as("run %d ends with the truck EXITED:%n%s", run, result.output()).isTrue();
            String booking = exited.group(1);
            given().auth().oauth2(driver).when().get(platform.url(Apps.VEHICLE_QUEUE) + "/api/bookings/" + booking)
                    .then().statusCode(200).body("status", equalTo("EXITED"));
            // the QR code is pointed at, not printed
            assertThat(result.output()).doesNotContain("base64").contains(booking + "/qr.png");
            // the notices arrived: the driver's SMS in Vietnamese at the gateway, the trader's e-mail in English
            Matcher truck = TRUCK.matcher(result.lastLine());
            assertThat(truck.find()).isTrue();
            String plate = truck.group(1);
            assertThat(result.lines()).as("run %d shows the notices:%n%s", run, result.output())
                    .contains("SMS to the driver (./gate sms +84912345678):",
                            "  Xe " + plate + " (" + booking + ") được thông quan, được qua cổng.")
                    .anyMatch(l -> l.startsWith("  Đặt lịch " + booking + ", xe " + plate + ":"));
            // each e-mail once: the driver's in Vietnamese, the trader's in English
            assertThat(result.lines()).filteredOn(l -> l.endsWith("to an@example.vn  subject: Đã đặt lịch qua cửa khẩu " + booking)).hasSize(1);
            assertThat(result.lines()).filteredOn(l -> l.matches("  .*to lan@nongsanlaocai.vn  subject: Consignment \\d{12} cleared")).hasSize(1);
            bookings.add(booking);
        }
        assertThat(bookings).doesNotHaveDuplicates();
    }

    @Test
    void the_walk_through_stops_at_the_first_step_that_fails_and_says_which() throws Exception {
        Map<String, String> env = new HashMap<>(services());
        env.put("CUSTOMS", "http://127.0.0.1:9");   // nothing listens there: the handoffs cannot be seen

        Run result = bash(walkthrough(), env);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("Six documents attached").doesNotContain("Checked in");
        assertThat(result.lines()).anyMatch(l -> l.startsWith("STOPPED: handoffs: curl: (7)") && l.contains("port 9"));
    }
}
