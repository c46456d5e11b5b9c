package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Measures notification-service on this machine and prints the figures; nothing is asserted. It starts a platform of
 * its own (a temporary folder, free ports) with the agency simulator as SMS gateway and the platform's SMTP server,
 * gives every driver account preferences (SMS and e-mail, in Vietnamese, English or Chinese), then puts
 * {@code CrossingBooked} events on {@code queue.booking.events} as the queue service's outbox would: first a burst of
 * N at once (how many notices a second the service sustains, each with its inbox entry, SMS and e-mail), then M at a
 * steady rate (the delay from the event to the notice written, the SMS and the e-mail sent: p50, p95, max).
 * {@code ./gate bench notices [burst] [paced] [per-second]} runs it.
 */
public final class NoticeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "queue.booking.events";
    private static final String TYPE = "vn.laocai.gate.queue.CrossingBooked";
    private static final String[] LANGUAGES = {"vi", "en", "zh"};

    private final Platform platform;
    private final BenchClient client;
    private final String supervisor;
    private final KafkaProducer<String, CloudEvent> producer;
    private int accounts;

    private NoticeBenchmark(Platform platform, String bootstrap) {
        this.platform = platform;
        this.client = new BenchClient(platform);
        this.supervisor = platform.token("bench-supervisor", "supervisor");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new CloudEventSerializer());
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int paced = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int perSecond = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path repo = Path.of(System.getenv().getOrDefault("GATE_REPO", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("gate-bench-notices");
        PlatformConfig config = PlatformConfig.builder(home, repo)
                .freePorts()
                .apps(Apps.AGENCY_SIMULATOR, Apps.NOTIFICATION)
                .env(Apps.AGENCY_SIMULATOR, "SIMULATOR_SMS_FAIL_SHARE", "0")
                .readyTimeout(Duration.ofSeconds(240))
                .build();
        System.out.printf("Starting agency-simulator, notification-service and the SMTP server in %s ...%n", home);
        try (Platform platform = Platform.start(config)) {
            NoticeBenchmark bench = new NoticeBenchmark(platform, platform.infra().kafkaBootstrap());
            System.out.println("Warming up with 20 notices (not counted) ...");
            bench.run(20, 0);
            System.out.printf("%nBurst: %d events at once%n", burst);
            bench.report(bench.run(burst, 0), true);
            System.out.printf("%nSteady: %d events at %d a second%n", paced, perSecond);
            bench.report(bench.run(paced, perSecond), false);
            bench.producer.close();
        }
    }

    /** One account's booking: when its event went out, and when its notice was written and sent on each channel. */
    private record Sent(Instant published, Instant written, Instant sms, Instant email) {
    }

    private List<Sent> run(int n, int perSecond) throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String account = "bench-driver-" + (++accounts);
            choose(account, LANGUAGES[accounts % LANGUAGES.length], accounts);
            owners.add(account);
            codes.add("KT2-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT));
        }
        Map<String, Instant> published = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (perSecond > 0) {
                long due = start + i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            published.put(owners.get(i), Instant.now());
            producer.send(new ProducerRecord<>(TOPIC, codes.get(i), event(codes.get(i), owners.get(i), i)));
        }
        producer.flush();
        List<Sent> sent = new ArrayList<>();
        for (Map.Entry<String, Instant> e : published.entrySet()) {
            sent.add(awaitSent(e.getKey(), e.getValue()));
        }
        return sent;
    }

    private void report(List<Sent> sent, boolean throughput) {
        Instant first = sent.stream().map(Sent::published).min(Instant::compareTo).orElseThrow();
        Instant lastSent = sent.stream().flatMap(s -> java.util.stream.Stream.of(s.sms(), s.email())).max(Instant::compareTo).orElseThrow();
        Instant lastWritten = sent.stream().map(Sent::written).max(Instant::compareTo).orElseThrow();
        double written = Duration.between(first, lastWritten).toMillis() / 1000.0;
        double all = Duration.between(first, lastSent).toMillis() / 1000.0;
        if (throughput) {
            System.out.printf(Locale.ROOT, "  notices written: %d in %.1f s = %.1f notices/s%n", sent.size(), written, sent.size() / written);
            System.out.printf(Locale.ROOT, "  sent on every channel (inbox, SMS, e-mail): %d in %.1f s = %.1f notices/s (%.1f SMS + e-mails/s)%n",
                    sent.size(), all, sent.size() / all, 2 * sent.size() / all);
        }
        System.out.printf("  %-40s %6s  %6s  %6s  %6s%n", "delay from the event (ms)", "p50", "p95", "p99", "max");
        BenchClient.row("to the notice written (inbox)", sent.stream().map(s -> Duration.between(s.published(), s.written()).toMillis()).toList());
        BenchClient.row("to the SMS sent to the gateway", sent.stream().map(s -> Duration.between(s.published(), s.sms()).toMillis()).toList());
        BenchClient.row("to the e-mail sent to SMTP", sent.stream().map(s -> Duration.between(s.published(), s.email()).toMillis()).toList());
    }

    /** A driver who wants SMS and e-mail in {@code language}. */
    private void choose(String account, String language, int n) {
        String body = """
                {"channels": ["SMS", "EMAIL"], "phone": "+8491%07d", "email": "%s@example.vn", "language": "%s"}"""
                .formatted(n % 10_000_000, account, language);
        HttpResponse<String> r = client.request("PUT", Apps.NOTIFICATION, "/api/notification-preferences/me",
                platform.token(account, "driver"), body);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("preferences of " + account + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** The booking event as the queue service's outbox publishes it (CloudEvent, binary mode). */
    private static CloudEvent event(String code, String owner, int n) {
        ObjectNode e = JSON.createObjectNode();
        Instant window = Instant.now().plus(Duration.ofDays(1));
        e.put("bookingCode", code).put("plate", "24C%05d".formatted(n % 100_000)).put("direction", "EXPORT")
                .put("cargoCategory", "GENERAL").put("driverName", "Lò Văn Minh")
                .put("arrivalWindowStart", window.toString()).put("arrivalWindowEnd", window.plus(Duration.ofHours(1)).toString())
                .put("bookedAt", Instant.now().toString()).put("vehicleType", "TRUCK").put("weightClass", "OVER_10T")
                .put("driverNationality", "VN").put("ownerAccount", owner)
                .put("writtenPlate", "24C-%03d.%02d".formatted(n % 100_000 / 100, n % 100));
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withType(TYPE)
                .withSource(URI.create("https://gate.laocai.vn/vehicle-queue-service")).withSubject(code).withTime(OffsetDateTime.now())
                .withDataContentType("application/json").withData(e.toString().getBytes(StandardCharsets.UTF_8)).build();
    }

    /** Waits until the account's notice went out on SMS and e-mail; at most 10 minutes. */
    private Sent awaitSent(String account, Instant published) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.request("GET", Apps.NOTIFICATION, "/api/notices?recipient=" + account + "&limit=5",
                    supervisor, null);
            JsonNode notices = BenchClient.parse(r.body());
            if (notices.isArray() && !notices.isEmpty()) {
                JsonNode n = notices.get(0);
                Instant sms = sentAt(n, "SMS");
                Instant email = sentAt(n, "EMAIL");
                if (sms != null && email != null) {
                    return new Sent(published, Instant.parse(n.get("createdAt").asText()), sms, email);
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The notice of " + account + " was not sent within 10 minutes");
    }

    private static Instant sentAt(JsonNode notice, String channel) {
        for (JsonNode d : notice.get("deliveries")) {
            if (channel.equals(d.get("channel").asText()) && d.hasNonNull("sentAt")) {
                return Instant.parse(d.get("sentAt").asText());
            }
        }
        return null;
    }
}
